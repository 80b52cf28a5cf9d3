import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateUserInput } from '../../../gql/graphql';
import { UserListQuery } from './useUserList';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      temporaryPassword
      user {
        id
        name
      }
    }
  }
`);

/**
 * Creates an account. Resolves to the new user's name and, when no password was given, the
 * generated temporary one — held by the caller only, never cached (Apollo drops mutation
 * roots after writing them), so it can be shown once.
 */
export function useCreateUser() {
  const [mutate, { loading, error, reset }] = useMutation(CreateUserMutation, {
    // The list is in name order on the server: fetch it again rather than guess the place.
    refetchQueries: [UserListQuery],
  });
  const createUser = (input: CreateUserInput) =>
    mutate({ variables: { input } }).then(
      ({ data }) => data && { name: data.createUser.user.name, temporaryPassword: data.createUser.temporaryPassword },
      () => undefined, // the error is in `error`
    );
  return { createUser, creating: loading, error, reset };
}
