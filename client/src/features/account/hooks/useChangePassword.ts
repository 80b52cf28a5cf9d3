import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Changes the viewer's own password; the server ends their other sessions. Resolves to whether it worked. */
export function useChangePassword() {
  const [mutate, { loading, error, reset }] = useMutation(ChangePasswordMutation);
  const changePassword = (currentPassword: string, newPassword: string) =>
    mutate({ variables: { currentPassword, newPassword } }).then(
      () => true,
      () => false, // the error is in `error`
    );
  return { changePassword, saving: loading, error, reset };
}
