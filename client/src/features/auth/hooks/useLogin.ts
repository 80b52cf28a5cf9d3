import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAuthError, requestLogin, type SignedIn } from '../authRequests';

export type { SignedIn };

/**
 * Signs in. Resolves to the user, or undefined with `error` (a message for people) set.
 * Plain fetch, not Apollo: the login page must not load the data layer.
 */
export function useLogin() {
  const { t } = useTranslation();
  const [signingIn, setSigningIn] = useState(false);
  const [error, setError] = useState<string>();

  const signIn = async (email: string, password: string): Promise<SignedIn | undefined> => {
    setSigningIn(true);
    setError(undefined);
    try {
      return await requestLogin(email.trim(), password);
    } catch (e) {
      setError(describeAuthError(e, t));
      return undefined;
    } finally {
      setSigningIn(false);
    }
  };
  return { signIn, signingIn, error };
}
