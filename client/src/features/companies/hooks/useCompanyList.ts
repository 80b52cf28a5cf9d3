import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { ProspectFilter, ProspectOrder } from '../../../gql/graphql';

export const CompanyListQuery = graphql(`
  query CompanyList($first: Int!, $after: String, $filter: ProspectFilter, $orderBy: ProspectOrder!) {
    prospects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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

/** Companies per request: the list fetches the next page as the user scrolls toward it. */
export const companyPageSize = 200;

/** Companies matching the filter in the chosen order, a page at a time (appended in the cache). */
export function useCompanyList(filter: ProspectFilter, orderBy: ProspectOrder) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CompanyListQuery, {
    variables: { first: companyPageSize, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  // Each page is asked for once, after the cursor of the one before: the next cursor only shows
  // in the result once that page is merged in (which is later than fetchMore resolves).
  const requested = useRef<string | null>(null);
  // While a new filter or order runs, keep showing the last result instead of blanking the table.
  const prospects = (data ?? previousData)?.prospects;
  const endCursor = data?.prospects.pageInfo.endCursor;
  const hasMore = data?.prospects.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasMore || !endCursor || requested.current === endCursor || loadMoreError) return;
    requested.current = endCursor;
    fetchMore({ variables: { after: endCursor } }).catch((e: unknown) => {
      requested.current = null;
      setLoadMoreError(e);
    });
  }, [endCursor, fetchMore, hasMore, loadMoreError]);

  const companies = useMemo(() => prospects?.edges.map((edge) => edge.node) ?? [], [prospects]);

  return {
    companies,
    totalCount: prospects?.totalCount,
    hasMore,
    searching: networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    error: error ?? loadMoreError,
    loadMore,
    retry: () => {
      setLoadMoreError(undefined);
      void refetch();
    },
  };
}
