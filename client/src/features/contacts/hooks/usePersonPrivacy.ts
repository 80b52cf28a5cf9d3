import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { downloadFile } from '../../../shared/browser/downloadFile';

export const ExportPersonQuery = graphql(`
  query ExportPerson($contactId: ID!) {
    exportPerson(contactId: $contactId)
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($contactId: ID!, $version: Int!) {
    erasePerson(contactId: $contactId, version: $version) {
      contactId
      meetingLinksRemoved
      meetingsRedacted
      auditEntriesAnonymised
    }
  }
`);

/** `kontaktperson-kari-nordmann-2026-11-26.json`: the person's name, ASCII only, and the day. */
export function exportFileName(name: string, day = new Date()): string {
  const slug = name
    .normalize('NFKD')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return `kontaktperson-${slug || 'data'}-${day.toISOString().slice(0, 10)}.json`;
}

/**
 * A person's rights (GDPR Art. 15 and 17) for one company's contact persons: everything about the
 * person as a JSON file, and erasure everywhere. The export is personal data: never cached.
 */
export function usePersonPrivacy(prospectId: string) {
  const client = useApolloClient();
  const [erase] = useMutation(ErasePersonMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Contact', id: data.erasePerson.contactId }) });
      const prospect = cache.identify({ __typename: 'Prospect', id: prospectId });
      // The timeline and meetings named the person; the audit log held the diffs.
      cache.evict({ id: prospect, fieldName: 'timeline' });
      cache.evict({ id: prospect, fieldName: 'contactCount' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditEntries' });
      cache.gc();
    },
  });
  return {
    exportPerson: async (contactId: string, name: string) => {
      const { data } = await client.query({ query: ExportPersonQuery, variables: { contactId }, fetchPolicy: 'no-cache' });
      downloadFile(`${JSON.stringify(data?.exportPerson ?? {}, null, 2)}\n`, exportFileName(name), 'application/json;charset=utf-8');
    },
    erasePerson: async (contactId: string, version: number) => {
      const { data } = await erase({ variables: { contactId, version } });
      return data!.erasePerson;
    },
  };
}
