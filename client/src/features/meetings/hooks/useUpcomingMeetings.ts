import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const UpcomingMeetingsQuery = graphql(`
  query UpcomingMeetings {
    upcomingMeetings(first: 20) {
      id
      ...UpcomingMeeting_meeting
    }
  }
`);

/** The signed-in user's meetings from now on, soonest first. */
export function useUpcomingMeetings() {
  const { data, error, refetch } = useQuery(UpcomingMeetingsQuery);
  return { meetings: data?.upcomingMeetings, error, retry: () => void refetch().catch(() => undefined) };
}
