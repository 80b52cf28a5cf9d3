import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const MeetingToEditQuery = graphql(`
  query MeetingToEdit($id: ID!) {
    meeting(id: $id) {
      id
      ...EditMeeting_meeting @unmask
    }
  }
`);

/**
 * A meeting as it is now on the server, to correct it: asked for on opening (the version the
 * form starts from), and again by `latest` after a CONFLICT.
 */
export function useMeetingToEdit(id: string) {
  const { data, error, refetch } = useQuery(MeetingToEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  return {
    meeting: data?.meeting,
    error,
    retry: () => void refetch().catch(() => undefined),
    latest: async () => {
      const answer = await refetch();
      if (!answer.data) throw new Error('No meeting in the answer');
      return answer.data.meeting;
    },
  };
}
