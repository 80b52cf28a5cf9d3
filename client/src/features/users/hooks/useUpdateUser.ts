import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateUserInput } from '../../../gql/graphql';

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      name
      role
      active
      version
    }
  }
`);

/** Changes role or active (with the version the admin saw); the cached user follows the answer. */
export function useUpdateUser() {
  const [mutate] = useMutation(UpdateUserMutation);
  return (input: UpdateUserInput) => mutate({ variables: { input } });
}
