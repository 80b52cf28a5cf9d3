import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SignedInViewer } from '../features/auth/authRequests';
import { ViewerQuery } from '../features/auth/hooks/useViewerQuery';
import { apolloClient } from '../shared/apollo/apolloClient';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

/** The app for a signed-in user (or when the server could not say: the session gate asks again). */
export function startApp(root: HTMLElement, viewer: SignedInViewer | undefined) {
  // The session gate's question is answered already.
  if (viewer) apolloClient.writeQuery({ query: ViewerQuery, data: { me: viewer } });
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <AppRoutes />
      </AppProviders>
    </StrictMode>,
  );
}
