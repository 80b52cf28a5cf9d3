import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';

export const LatestProspectQuery = graphql(`
  query LatestProspect($id: ID!) {
    prospect(id: $id) {
      id
      ...EditCompany_prospect @unmask
      ...ProspectHeader_prospect
      ...StageStepper_prospect
      ...StageHistory_prospect
    }
  }
`);

/**
 * Fetches the company as it is now on the server (after a CONFLICT); the cache takes it, so
 * the page shows it, and the caller gets the editable fields to start again from.
 */
export function useLatestProspect() {
  const client = useApolloClient();
  return useCallback(
    async (id: string) => {
      const { data } = await client.query({ query: LatestProspectQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No company in the answer');
      return data.prospect;
    },
    [client],
  );
}
