import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { MoveProspectInput } from '../../../gql/graphql';

export const MoveProspectMutation = graphql(`
  mutation MoveProspect($input: MoveProspectInput!) {
    moveProspect(input: $input) {
      id
      version
      lastActivityAt
      ...ProspectHeader_prospect
      ...StageStepper_prospect
      ...StageHistory_prospect
      ...Timeline_prospect
    }
  }
`);

/**
 * Moves a company to a stage (WON wants realized jobs and new residents, LOST a reason). The
 * answer brings what the company page shows of it (header, stepper, history, timeline: only
 * the team moves companies, and the team may read the timeline), so the cache updates at once.
 */
export function useMoveProspect() {
  const [mutate, { loading }] = useMutation(MoveProspectMutation, {
    update(cache, { data }) {
      if (!data) return;
      // The board's columns changed: it asks again when next shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipeline' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipelineCards' });
    },
  });
  return { move: (input: MoveProspectInput) => mutate({ variables: { input } }), moving: loading };
}
