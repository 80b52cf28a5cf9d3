import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateMeetingInput } from '../../../gql/graphql';
import { forgetMyMeetings, updateTimelines } from '../meetingLists';

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      startsAt
      prospects {
        id
      }
      ...EditMeeting_meeting
      ...FollowUpItem_meeting
      ...UpcomingMeeting_meeting
    }
  }
`);

/**
 * Corrects a meeting with the version the form started from (a stale one is a CONFLICT). The
 * answer brings what every view of a meeting shows (the timeline's fields are the form's), so
 * the cache updates it by its id; its timelines are reordered by its time, and my follow-ups
 * and upcoming meetings, filtered by date, are asked for again.
 */
export function useUpdateMeeting() {
  const [mutate] = useMutation(UpdateMeetingMutation, {
    update(cache, { data }) {
      if (!data) return;
      const meeting = data.updateMeeting;
      updateTimelines(cache, meeting.prospects.map((p) => p.id), meeting.id, meeting.startsAt);
      forgetMyMeetings(cache);
    },
  });
  return (input: UpdateMeetingInput) => mutate({ variables: { input } });
}
