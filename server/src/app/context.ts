import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { BrregClient } from '../modules/brreg/brreg.client';
import { readSessionToken, type SessionCookies } from '../modules/auth/session-cookie';
import { SessionService, type SessionPolicy } from '../modules/auth/session.service';
import type { Viewer } from '../modules/auth/viewer';
import type { Database } from '../shared/database/database';
import { isDatabaseUnavailable, serviceUnavailable } from '../shared/graphql/errors';
import { createLoaders, type Loaders } from './loaders';

/** Everything a resolver may use arrives here; nothing is global. */
export interface Context {
  db: Database;
  /** The request's EntityManager; a transaction replaces it with its own. */
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer | null;
  sessionPolicy: SessionPolicy;
  /** The caller's address, for login throttling. */
  ip: string | null;
  userAgent: string | null;
  cookies: SessionCookies;
  /** Enhetsregisteret: one client per process, so its cache is shared between requests. */
  brreg: BrregClient;
}

export interface ContextOptions {
  db: Database;
  sessionPolicy: SessionPolicy;
  viewer?: Viewer | null;
  ip?: string | null;
  userAgent?: string | null;
  cookies?: SessionCookies;
  brreg?: BrregClient;
}

const noCookies: SessionCookies = { set: () => undefined, clear: () => undefined };

export function createContext(options: ContextOptions): Context {
  const em = options.db.dataSource.manager;
  return {
    db: options.db,
    em,
    loaders: createLoaders(em),
    viewer: options.viewer ?? null,
    sessionPolicy: options.sessionPolicy,
    ip: options.ip ?? null,
    userAgent: options.userAgent ?? null,
    cookies: options.cookies ?? noCookies,
    brreg: options.brreg ?? new BrregClient(),
  };
}

/** The context of an HTTP request: the viewer comes from the session cookie. */
export async function createRequestContext(
  db: Database,
  sessionPolicy: SessionPolicy,
  req: Request,
  cookies: SessionCookies,
  brreg?: BrregClient,
): Promise<Context> {
  const token = readSessionToken(req);
  const viewer = token
    ? await new SessionService(db.dataSource.manager, sessionPolicy).findViewer(token).catch((error: unknown) => {
        // The first query of a request: a database that is down is a 503 the client can retry, not a 500.
        throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
      })
    : null;
  return createContext({
    db,
    sessionPolicy,
    viewer,
    ip: req.ip ?? null,
    userAgent: req.get('user-agent') ?? null,
    cookies,
    brreg,
  });
}

/** Runs work in one transaction with a context whose manager and loaders belong to it. */
export function inTransaction<T>(ctx: Context, work: (tx: Context) => Promise<T>): Promise<T> {
  return ctx.em.transaction((em) => work({ ...ctx, em, loaders: createLoaders(em) }));
}
