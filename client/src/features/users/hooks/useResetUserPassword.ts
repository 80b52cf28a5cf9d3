import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      temporaryPassword
      user {
        id
        version
      }
    }
  }
`);

/** Gives a user a new generated password (their sessions end); resolves to it. */
export function useResetUserPassword() {
  const [mutate] = useMutation(ResetUserPasswordMutation);
  return (id: string) =>
    mutate({ variables: { id } }).then(({ data }) => data?.resetUserPassword.temporaryPassword ?? undefined);
}
