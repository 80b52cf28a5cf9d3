import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { ProspectCandidateFilter } from '../../../gql/graphql';

export const ProspectCandidatesQuery = graphql(`
  query ProspectCandidates($filter: ProspectCandidateFilter, $first: Int!, $after: String) {
    prospectCandidates(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          orgNumber
          name
          legalForm
          industryCode
          industryText
          employees
          municipality {
            number
            name
          }
          suggestedFocusArea {
            id
            nameNb
            nameEn
            color
          }
          bankrupt
          underLiquidation
          deletedOn
        }
      }
    }
  }
`);

export const CandidateMunicipalitiesQuery = graphql(`
  query CandidateMunicipalities {
    municipalities {
      number
      name
      inRegion
    }
  }
`);

export const candidatePageSize = 50;

/**
 * Register entities of the region that are not companies yet, biggest first, a page at a time.
 * Asked again on each visit (the copy changes with imports, and made companies leave it), but
 * not while the page is open: a company just made stays in the list, marked as added.
 */
export function useProspectCandidates(filter: ProspectCandidateFilter) {
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(ProspectCandidatesQuery, {
    variables: { filter, first: candidatePageSize },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [moreError, setMoreError] = useState<unknown>();
  const connection = (data ?? previousData)?.prospectCandidates;

  const loadMore = () => {
    const after = data?.prospectCandidates.pageInfo.endCursor;
    if (!after) return;
    setMoreError(undefined);
    // The cache's field policy (createCache) appends the page to the list of this filter.
    fetchMore({ variables: { after } }).catch(setMoreError);
  };

  return {
    candidates: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    hasMore: data?.prospectCandidates.pageInfo.hasNextPage ?? false,
    loading: networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: error ?? moreError,
    loadMore,
    retry: () => void refetch(),
  };
}

export function useCandidateMunicipalities() {
  return useQuery(CandidateMunicipalitiesQuery).data?.municipalities ?? [];
}
