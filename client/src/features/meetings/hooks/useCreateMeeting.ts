import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateMeetingInput } from '../../../gql/graphql';

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!, $idempotencyKey: String) {
    createMeeting(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      kind
      startsAt
      followUpDate
      followUpDone
      prospects {
        id
      }
    }
  }
`);

/**
 * Logs a meeting with the form's idempotency key. Afterwards the companies' timelines and
 * meetings, the follow-ups and the upcoming meetings are dropped from the cache, so whatever
 * page shows them asks again.
 */
export function useCreateMeeting() {
  const [mutate, { loading }] = useMutation(CreateMeetingMutation, {
    update(cache, { data }) {
      if (!data) return;
      for (const prospect of data.createMeeting.prospects) {
        const id = cache.identify({ __typename: 'Prospect', id: prospect.id });
        for (const fieldName of ['timeline', 'meetings', 'lastMeetingAt']) cache.evict({ id, fieldName });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myFollowUps' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'upcomingMeetings' });
      cache.gc();
    },
  });
  return {
    createMeeting: (input: CreateMeetingInput, idempotencyKey: string) => mutate({ variables: { input, idempotencyKey } }),
    saving: loading,
  };
}
