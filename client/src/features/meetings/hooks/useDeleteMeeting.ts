import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { forgetMyMeetings, updateTimelines } from '../meetingLists';

export const DeleteMeetingMutation = graphql(`
  mutation DeleteMeeting($id: ID!, $version: Int!) {
    deleteMeeting(id: $id, version: $version)
  }
`);

/**
 * Deletes a meeting, minutes and all, with the version the user saw (a stale one is a CONFLICT).
 * The answer is only the id, so the caller names the companies whose timelines held it.
 */
export function useDeleteMeeting() {
  const [mutate] = useMutation(DeleteMeetingMutation);
  return ({ id, version }: { id: string; version: number }, prospectIds: readonly string[]) =>
    mutate({
      variables: { id, version },
      update(cache) {
        updateTimelines(cache, prospectIds, id, null);
        cache.evict({ id: cache.identify({ __typename: 'Meeting', id }) });
        forgetMyMeetings(cache);
      },
    });
}
