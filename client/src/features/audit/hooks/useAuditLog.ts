import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String) {
    auditEntries(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          ...AuditRow_entry
        }
      }
    }
  }
`);

export const auditPageSize = 50;

/** The audit log, newest first, a page at a time; fresh from the server on every visit. */
export function useAuditLog() {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AuditLogQuery, {
    variables: { first: auditPageSize },
    // A log grows all the time: show what is cached at once, then the newest.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const log = data?.auditEntries;
  const loadMore = () => {
    setLoadMoreError(undefined);
    fetchMore({ variables: { after: log?.pageInfo.endCursor } }).catch(setLoadMoreError);
  };

  return {
    entries: log?.edges.map((edge) => edge.node) ?? [],
    totalCount: log?.totalCount,
    hasMore: log?.pageInfo.hasNextPage ?? false,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: error ?? loadMoreError,
    loadMore,
    /** Tries again what failed: the next page, or the log itself. */
    retry: () => {
      if (loadMoreError !== undefined) return loadMore();
      void refetch().catch(() => undefined);
    },
  };
}
