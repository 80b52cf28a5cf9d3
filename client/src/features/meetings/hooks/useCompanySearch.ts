import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const MeetingCompanySearchQuery = graphql(`
  query MeetingCompanySearch($text: String!) {
    prospects(first: 8, filter: { text: $text }, orderBy: NAME_ASC) {
      edges {
        node {
          id
          name
          orgNumber
        }
      }
    }
  }
`);

/**
 * Companies whose name, organisation number or contact names contain `text`, for picking the
 * company of a meeting. Not cached: a short list of eight must not stand in for the company list.
 */
export function useCompanySearch(text: string) {
  const { data, previousData, loading } = useQuery(MeetingCompanySearchQuery, {
    variables: { text },
    skip: text.trim().length < 2,
    fetchPolicy: 'no-cache',
  });
  return {
    companies: (data ?? previousData)?.prospects.edges.map((edge) => edge.node) ?? [],
    searching: loading,
  };
}
