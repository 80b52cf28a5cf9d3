import { lazy, type ReactNode } from 'react';
import type { Permission } from '../access';
import { useViewer } from '../hooks/useViewer';

// Rarely seen: loaded only when needed, keeping the first load small.
const NoAccess = lazy(() => import('./NoAccess'));

/** Shows `children` to the roles `allow` lets in, and "no access" to the rest: hiding the link is not enough. */
export function RoleGate({ allow, nested, children }: { allow: Permission; nested?: boolean; children: ReactNode }) {
  const { role } = useViewer();
  return allow(role) ? children : <NoAccess nested={nested} />;
}
