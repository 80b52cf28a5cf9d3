import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql/gql';
import { loginRoute } from '../nextPath';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Ends the session on the server, forgets everything cached, and goes to the login page. */
export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [loggingOut, setLoggingOut] = useState(false);
  const [error, setError] = useState<unknown>();

  const logOut = async () => {
    setLoggingOut(true);
    setError(undefined);
    try {
      // client.mutate, not useMutation: the header is in the first load (see useViewerQuery).
      await client.mutate({ mutation: LogoutMutation });
    } catch (e) {
      // The session may still be alive: say so rather than pretend.
      setError(e);
      setLoggingOut(false);
      return;
    }
    await client.clearStore();
    navigate(loginRoute, { replace: true });
  };
  return { logOut, loggingOut, error };
}
