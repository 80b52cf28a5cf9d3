import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { LoginMutation as LoginResult } from '../../../gql/graphql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      role
    }
  }
`);

export type SignedIn = NonNullable<LoginResult['login']>;

/**
 * Signs in. The server sets an httpOnly session cookie, which is all there is to the session:
 * nothing is stored in the browser. Resolves to the user, or undefined with `error` set.
 */
export function useLogin() {
  const client = useApolloClient();
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<unknown>();

  const signIn = async (email: string, password: string): Promise<SignedIn | undefined> => {
    setSigningIn(true);
    setError(undefined);
    try {
      const { data } = await client.mutate({ mutation: LoginMutation, variables: { email: email.trim(), password } });
      // A new session starts from an empty cache (nothing of an earlier user stays); the
      // session gate then asks the server who is signed in.
      if (data?.login) await client.clearStore();
      return data?.login ?? undefined;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setSigningIn(false);
    }
  };
  return { signIn, signingIn, error };
}
