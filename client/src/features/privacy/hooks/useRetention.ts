import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const RetentionSettingsQuery = graphql(`
  query RetentionSettings {
    retentionSettings {
      months
      version
      updatedAt
    }
  }
`);

export const UpdateRetentionSettingsMutation = graphql(`
  mutation UpdateRetentionSettings($months: Int, $version: Int!) {
    updateRetentionSettings(months: $months, version: $version) {
      months
      version
      updatedAt
    }
  }
`);

export const ApplyRetentionMutation = graphql(`
  mutation ApplyRetention {
    applyRetention {
      months
      erasedContactIds
      prospects {
        id
        name
      }
    }
  }
`);

export function useRetentionSettings() {
  return useQuery(RetentionSettingsQuery);
}

/** Saves the rule with the version the user saw; RetentionSettings has no id, so the answer replaces the query's. */
export function useUpdateRetentionSettings() {
  const [mutate, { loading }] = useMutation(UpdateRetentionSettingsMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: RetentionSettingsQuery, data: { retentionSettings: data.updateRetentionSettings } });
    },
  });
  return {
    save: (months: number | null, version: number) => mutate({ variables: { months, version } }),
    saving: loading,
  };
}

/** Applies the rule now; erased persons leave every company's contact list and the audit log. */
export function useApplyRetention() {
  const [mutate, { loading }] = useMutation(ApplyRetentionMutation, {
    update(cache, { data }) {
      for (const id of data?.applyRetention.erasedContactIds ?? []) cache.evict({ id: cache.identify({ __typename: 'Contact', id }) });
      for (const company of data?.applyRetention.prospects ?? []) {
        const prospect = cache.identify(company);
        cache.evict({ id: prospect, fieldName: 'timeline' });
        cache.evict({ id: prospect, fieldName: 'contactCount' });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditEntries' });
      cache.gc();
    },
  });
  return { apply: async () => (await mutate()).data!.applyRetention, applying: loading };
}
