import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const MarkFollowUpDoneMutation = graphql(`
  mutation MarkFollowUpDone($id: ID!, $version: Int!) {
    updateMeeting(input: { id: $id, version: $version, followUpDone: true }) {
      id
      version
      followUpDone
    }
  }
`);

type FollowUpLists = { overdue: readonly Reference[]; thisWeek: readonly Reference[]; later: readonly Reference[] };

/** Marks a follow-up done (with the meeting's version); it leaves the open follow-ups at once. */
export function useMarkFollowUpDone() {
  const [mutate] = useMutation(MarkFollowUpDoneMutation, {
    update(cache, { data }) {
      if (!data) return;
      const doneId = data.updateMeeting.id;
      cache.modify<{ myFollowUps: FollowUpLists }>({
        id: 'ROOT_QUERY',
        fields: {
          myFollowUps(existing, { readField }) {
            const open = (list: readonly Reference[]) => list.filter((ref) => readField('id', ref) !== doneId);
            const lists = existing as FollowUpLists;
            return { ...lists, overdue: open(lists.overdue), thisWeek: open(lists.thisWeek), later: open(lists.later) };
          },
        },
      });
    },
  });
  return (id: string, version: number) => mutate({ variables: { id, version } });
}
