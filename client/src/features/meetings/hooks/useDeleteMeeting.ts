import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { forgetMyMeetings, updateTimelines } from '../meetingLists';

export const DeleteMeetingMutation = graphql(`
  mutation DeleteMeeting($id: ID!, $version: Int!) {
    deleteMeeting(id: $id, version: $version)
  }
`);

/**
 * Deletes a meeting, minutes and all, with the version the user saw (a stale one is a CONFLICT).
 * The answer is only the id, so the caller names the companies whose timelines held it.
 * Already deleted by someone else (NOT_FOUND): what the user asked for holds, so it counts as done.
 */
export function useDeleteMeeting() {
  const [mutate, { client }] = useMutation(DeleteMeetingMutation);
  const forget = (cache: ApolloCache, id: string, prospectIds: readonly string[]) => {
    updateTimelines(cache, prospectIds, id, null);
    cache.evict({ id: cache.identify({ __typename: 'Meeting', id }) });
    forgetMyMeetings(cache);
  };
  return async ({ id, version }: { id: string; version: number }, prospectIds: readonly string[]): Promise<void> => {
    try {
      await mutate({ variables: { id, version }, update: (cache) => forget(cache, id, prospectIds) });
    } catch (error) {
      if (!hasErrorCode(error, 'NOT_FOUND')) throw error;
      forget(client.cache, id, prospectIds);
    }
  };
}
