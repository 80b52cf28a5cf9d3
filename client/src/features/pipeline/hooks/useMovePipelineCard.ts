import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import { moveCard, type CardMove } from '../boardData';
import { PipelineQuery, type PipelineVariables } from './usePipeline';

export const MovePipelineCardMutation = graphql(`
  mutation MovePipelineCard($input: MoveProspectInput!) {
    moveProspect(input: $input) {
      id
      version
      stale
      lastActivityAt
      stage {
        id
      }
    }
  }
`);

export interface PipelineCardMove extends CardMove {
  /** The version the board showed: a newer one on the server is a CONFLICT. */
  version: number;
  /** Whether the card changes stage (not only its place in the column). */
  changesStage: boolean;
  /** Asked for when the company is established (WON). */
  realizedJobs?: number;
  newResidents?: number;
  /** Asked for when it is closed (LOST). */
  lostReason?: string;
}

const CardStateFragment = graphql(`
  fragment MovedCard_prospect on Prospect {
    stale
    lastActivityAt
  }
`);

/**
 * Moves a card on the board at once (an optimistic layer over the cache) and then on the server.
 * If the server refuses (CONFLICT, or any error) the layer is dropped and the card is back where
 * it was; the promise rejects so the board can say so.
 */
export function useMovePipelineCard(boardVariables: PipelineVariables) {
  const client = useApolloClient();
  const { filter, first } = boardVariables;
  return useCallback(
    async (move: PipelineCardMove) => {
      const { id, toStageId, beforeId, version, changesStage } = move;
      const card = client.readFragment({ fragment: CardStateFragment, id: client.cache.identify({ __typename: 'Prospect', id }) });
      // With __typename, so the cache files the answer under the card (the generated types leave it out).
      const moved = {
        __typename: 'Prospect' as const,
        id,
        version: version + 1,
        // A new stage is activity: the server restarts the clock (and the card is no longer stale).
        stale: changesStage ? false : (card?.stale ?? false),
        lastActivityAt: changesStage ? new Date().toISOString() : (card?.lastActivityAt ?? new Date().toISOString()),
        stage: { __typename: 'Stage' as const, id: toStageId },
      };
      await client.mutate({
        mutation: MovePipelineCardMutation,
        variables: {
          input: {
            id,
            version,
            stageId: toStageId,
            beforeId,
            realizedJobs: move.realizedJobs,
            newResidents: move.newResidents,
            lostReason: move.lostReason,
          },
        },
        optimisticResponse: { moveProspect: moved },
        update(cache) {
          cache.updateQuery({ query: PipelineQuery, variables: { filter, first } }, (board) =>
            board ? moveCard(board, { id, toStageId, beforeId }) : board,
          );
        },
      });
    },
    [client, filter, first],
  );
}
