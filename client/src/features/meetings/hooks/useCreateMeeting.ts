import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateMeetingInput } from '../../../gql/graphql';
import { forgetMyMeetings, forgetCompanyMeetings } from '../meetingLists';

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

/** Logs a meeting with the form's idempotency key; the lists it now belongs in are asked for again. */
export function useCreateMeeting() {
  const [mutate] = useMutation(CreateMeetingMutation, {
    update(cache, { data }) {
      if (!data) return;
      forgetCompanyMeetings(cache, data.createMeeting.prospects.map((p) => p.id));
      forgetMyMeetings(cache);
    },
  });
  return (input: CreateMeetingInput, idempotencyKey: string) => mutate({ variables: { input, idempotencyKey } });
}
