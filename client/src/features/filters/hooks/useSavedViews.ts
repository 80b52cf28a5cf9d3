import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { toProspectFilter, type FilterValues } from '../prospectFilter';

export const SavedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      id
      name
      shared
      mine
      version
      filter
      owner {
        id
        name
      }
    }
    defaultView {
      id
    }
  }
`);

export const SaveViewMutation = graphql(`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      id
    }
  }
`);

export const DeleteViewMutation = graphql(`
  mutation DeleteView($id: ID!, $version: Int!) {
    deleteView(id: $id, version: $version)
  }
`);

export const SetDefaultViewMutation = graphql(`
  mutation SetDefaultView($id: ID) {
    setDefaultView(id: $id) {
      id
    }
  }
`);

/** The viewer's own views and the team's shared ones, the default among them, and what can be done with them. */
export function useSavedViews() {
  const { data, error, refetch } = useQuery(SavedViewsQuery);
  // A new view is placed by the server (sorted by name): the list is asked for again.
  const [save, saving] = useMutation(SaveViewMutation, { refetchQueries: [SavedViewsQuery], awaitRefetchQueries: true });
  const [remove] = useMutation(DeleteViewMutation, {
    update(cache, { data: deleted }) {
      if (!deleted) return;
      const id = cache.identify({ __typename: 'SavedView', id: deleted.deleteView });
      cache.modify({
        fields: {
          defaultView: (current, { readField }) => (current && readField('id', current) === deleted.deleteView ? null : current),
        },
      });
      cache.evict({ id });
      cache.gc();
    },
  });
  const [setDefault] = useMutation(SetDefaultViewMutation, {
    update(cache, { data: result }) {
      const view = result?.setDefaultView;
      cache.modify({
        fields: { defaultView: (_, { toReference }) => (view ? (toReference({ __typename: 'SavedView', id: view.id }) ?? null) : null) },
      });
    },
  });

  return {
    views: data?.savedViews,
    defaultViewId: data?.defaultView?.id ?? null,
    error,
    retry: () => void refetch().catch(() => undefined),
    saving: saving.loading,
    saveView: (name: string, filter: FilterValues, shared: boolean) =>
      save({ variables: { input: { name: name.trim(), filter: toProspectFilter(filter), shared } } }),
    deleteView: (id: string, version: number) => remove({ variables: { id, version } }),
    setDefaultView: (id: string | null) => setDefault({ variables: { id } }),
  };
}
