import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from '../app/AppRoutes';
import type { Viewer } from '../features/auth/hooks/useViewer';
import { ViewerQuery } from '../features/auth/hooks/useViewerQuery';
import type { Role } from '../gql/graphql';
import { createCache } from '../shared/apollo/createCache';
import { sessionExpiryLink } from '../shared/apollo/sessionExpiryLink';

const demoViewer = (id: string, name: string, email: string, role: Role) =>
  ({ __typename: 'User', id, name, email, role, version: 1, active: true }) as const;

/** One signed-in user per role, as `me` answers. */
export const viewers: Record<Role, Viewer> = {
  ADMIN: demoViewer('u-admin', 'Ada Admin', 'admin@magnet.example', 'ADMIN'),
  LEADER: demoViewer('u-leader', 'Lea Leder', 'prosjektleder@magnet.example', 'LEADER'),
  MEMBER: demoViewer('u-member', 'Mona Medlem', 'medlem@magnet.example', 'MEMBER'),
  BOARD: demoViewer('u-board', 'Stein Styre', 'styret@magnet.example', 'BOARD'),
};

/** `me` answering `viewer` (null: nobody is signed in). */
export function viewerMock(viewer: Viewer | null): MockLink.MockedResponse {
  return { request: { query: ViewerQuery }, result: { data: { me: viewer } } };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Where the app is now: path and query string. */
export const currentLocation = () => screen.getByTestId('location').textContent;

/**
 * The whole app at `path`, the first `me` answering `viewer` (null: nobody is signed in; false:
 * `mocks` answer it), then `mocks`; over the app's own session-expiry link and cache policies.
 */
export function renderApp(
  path: string,
  { viewer = viewers.ADMIN, mocks = [] }: { viewer?: Viewer | null | false; mocks?: MockLink.MockedResponse[] } = {},
) {
  const cache = createCache();
  const link = ApolloLink.from([
    sessionExpiryLink,
    // Pages run queries a test may not be about (the filter options, my follow-ups …); they get no
    // answer, and MockLink's warning for each would bury the real output. VITE_MOCK_WARNINGS=1 shows them.
    new MockLink(viewer === false ? mocks : [viewerMock(viewer), ...mocks], { showWarnings: import.meta.env.VITE_MOCK_WARNINGS === '1' }),
  ]);
  const result = render(
    <MockedProvider link={link} cache={cache}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </MockedProvider>,
  );
  return { ...result, cache };
}
