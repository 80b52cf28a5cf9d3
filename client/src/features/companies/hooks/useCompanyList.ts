import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';

export const CompanyListQuery = graphql(`
  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter) {
    prospects(first: $first, after: $after, filter: $filter, orderBy: NAME_ASC) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          ...CompanyRow_prospect
        }
      }
    }
  }
`);

export const companyPageSize = 50;

/** Companies matching a free-text search, in name order, a page at a time. */
export function useCompanyList(text: string) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CompanyListQuery, {
    variables: { first: companyPageSize, filter: text ? { text } : {} },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  // While a new search runs, keep showing the last result instead of blanking the table.
  const prospects = (data ?? previousData)?.prospects;

  return {
    companies: prospects?.edges.map((edge) => edge.node) ?? [],
    totalCount: prospects?.totalCount,
    hasMore: prospects?.pageInfo.hasNextPage ?? false,
    searching: networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: error ?? loadMoreError,
    loadMore: () => {
      setLoadMoreError(undefined);
      fetchMore({ variables: { after: prospects?.pageInfo.endCursor } }).catch(setLoadMoreError);
    },
    retry: () => {
      setLoadMoreError(undefined);
      void refetch();
    },
  };
}
