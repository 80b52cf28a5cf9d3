export const loginRoute = '/login';

/** The login page, coming back to `path` (path and query string) afterwards. */
export function loginPath(path: string): string {
  const pathname = path.split(/[?#]/)[0];
  return pathname === '/' || pathname === loginRoute ? loginRoute : `${loginRoute}?next=${encodeURIComponent(path)}`;
}
