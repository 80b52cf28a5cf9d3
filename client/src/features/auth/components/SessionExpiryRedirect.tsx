import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from '../../../shared/apollo/sessionExpiryLink';
import { loginPath, loginRoute } from '../nextPath';

/** State the login page reads to say why the user is there. */
export interface LoginPageState {
  sessionExpired?: boolean;
}

/**
 * When the server says the session is gone (sessionExpiryLink), forgets everything cached —
 * the next user of this browser must not see it — and sends the user to log in again,
 * coming back to the page they were on.
 */
export function SessionExpiryRedirect() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  useEffect(() => {
    here.current = location;
  }, [location]);

  useEffect(
    () =>
      onSessionExpired(() => {
        const { pathname, search } = here.current;
        // Several refused operations at once: the first one is enough.
        if (pathname === loginRoute) return;
        here.current = { ...here.current, pathname: loginRoute };
        // clearStore, not resetStore: refetching the page's queries would only be refused again.
        void client.clearStore();
        const state: LoginPageState = { sessionExpired: true };
        navigate(loginPath(pathname + search), { replace: true, state });
      }),
    [client, navigate],
  );
  return null;
}
