import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const MyFollowUpsQuery = graphql(`
  query MyFollowUps {
    myFollowUps {
      overdue {
        id
        ...FollowUpItem_meeting
      }
      thisWeek {
        id
        ...FollowUpItem_meeting
      }
      later {
        id
        ...FollowUpItem_meeting
      }
    }
  }
`);

/** The signed-in user's open follow-ups: overdue, this week (Monday–Sunday), later; the server sorts them. */
export function useMyFollowUps() {
  const { data, error, refetch } = useQuery(MyFollowUpsQuery);
  return { followUps: data?.myFollowUps, error, retry: () => void refetch().catch(() => undefined) };
}
