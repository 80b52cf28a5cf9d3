import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { ProspectFilter } from '../../../gql/graphql';
import { appendCards } from '../boardData';

export const PipelineQuery = graphql(`
  query Pipeline($filter: ProspectFilter, $first: Int!) {
    pipeline(filter: $filter, first: $first) {
      columns {
        stage {
          id
          key
          nameNb
          nameEn
          category
          position
          staleAfterDays
        }
        count
        estimatedJobs
        cards {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              name
              version
              estimatedJobs
              ...PipelineCard_prospect
            }
          }
        }
      }
    }
  }
`);

export const PipelineCardsQuery = graphql(`
  query PipelineCards($stageId: ID!, $filter: ProspectFilter, $first: Int!, $after: String) {
    pipelineCards(stageId: $stageId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          version
          estimatedJobs
          ...PipelineCard_prospect
        }
      }
    }
  }
`);

export const cardsPerColumn = 20;

export type PipelineVariables = { filter: ProspectFilter; first: number };

/**
 * The board for a filter: every stage with its count, job sum and first cards, and more cards
 * of a column on request (appended to the same cached board, so a move sees every loaded card).
 */
export function usePipeline(filter: ProspectFilter) {
  const client = useApolloClient();
  const variables: PipelineVariables = { filter, first: cardsPerColumn };
  const { data, previousData, error, refetch, loading } = useQuery(PipelineQuery, {
    variables,
    // The team moves cards all day: opening the board asks the server even when the cache has it.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [loadingMore, setLoadingMore] = useState<ReadonlySet<string>>(new Set());
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  // Columns being loaded, read synchronously so two sentinels firing at once load a page once.
  const inFlight = useRef(new Set<string>());
  const board = data ?? previousData;

  const loadMore = useCallback(
    async (stageId: string) => {
      const column = board?.pipeline.columns.find((c) => c.stage.id === stageId);
      if (!column?.cards.pageInfo.hasNextPage || inFlight.current.has(stageId)) return;
      inFlight.current.add(stageId);
      setLoadingMore(new Set(inFlight.current));
      setLoadMoreError(undefined);
      const pageVariables = { stageId, filter, first: cardsPerColumn, after: column.cards.pageInfo.endCursor };
      try {
        await client.query({ query: PipelineCardsQuery, variables: pageVariables, fetchPolicy: 'network-only' });
        // Read back from the cache: there the cards have every field (the query's result is masked).
        const page = client.cache.readQuery({ query: PipelineCardsQuery, variables: pageVariables })?.pipelineCards;
        if (page) {
          client.cache.updateQuery({ query: PipelineQuery, variables: { filter, first: cardsPerColumn } }, (current) =>
            current ? appendCards(current, stageId, page) : current,
          );
        }
      } catch (e) {
        setLoadMoreError(e);
      } finally {
        inFlight.current.delete(stageId);
        setLoadingMore(new Set(inFlight.current));
      }
    },
    [board, client, filter],
  );

  return {
    columns: board?.pipeline.columns,
    variables,
    /** True while the first answer (or the answer for a new filter) is on its way. */
    loading: loading && !data,
    error: error ?? loadMoreError,
    loadMore,
    loadingMore,
    reload: () => void refetch().catch(() => undefined),
  };
}
