import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const UserListQuery = graphql(`
  query UserList {
    users(includeInactive: true) {
      id
      ...UserRow_user
    }
  }
`);

/** Every account, deactivated ones too, in name order. */
export function useUserList() {
  const { data, error, refetch } = useQuery(UserListQuery);
  return {
    users: data?.users,
    error,
    refetch: () => refetch().then(
      () => undefined,
      () => undefined, // shown through `error`
    ),
  };
}
