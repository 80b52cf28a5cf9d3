import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'magnet_session';

/** Sets and clears the session cookie of one response. */
export interface SessionCookies {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function readSessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const token = parseCookie(header)[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

/** httpOnly (no script reads it), SameSite=Lax, Secure when the request came over https. */
export function sessionCookies(req: Request, res: Response): SessionCookies {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    set(token, expiresAt) {
      res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: token, ...base, expires: expiresAt }));
    },
    clear() {
      res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: '', ...base, expires: new Date(0) }));
    },
  };
}
