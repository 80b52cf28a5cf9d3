import { loginRoute } from './nextPath';

// Any origin will do: only what stays on it is accepted.
const base = 'http://magnet.invalid';

/**
 * The page to open after login, from the `next` parameter: only a path on this site.
 * `//evil.example`, `/\evil.example`, `https://…` and anything else that would leave it
 * (browsers read `\` as `/` and drop tabs and newlines) gives undefined.
 */
export function safeNextPath(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base || url.pathname === loginRoute) return undefined;
  return url.pathname + url.search + url.hash;
}
