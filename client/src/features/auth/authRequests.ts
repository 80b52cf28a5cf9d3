import type { TFunction } from 'i18next';
import type { Role } from '../../gql/graphql';

/**
 * Who is signed in, and signing in, over plain fetch: the login page is the first visit, and
 * it stays small without the data layer (Apollo Client loads with the app after login).
 */

export interface SignedInViewer {
  __typename: 'User';
  id: string;
  name: string;
  email: string;
  role: Role;
  version: number;
  active: boolean;
}
export interface SignedIn {
  id: string;
  role: Role;
}

/** The fields of ViewerQuery (useViewerQuery.ts), so the app's cache can start from this answer. */
const viewerQuery = `query Viewer { me { __typename id name email role version active } }`;
const loginMutation = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }`;

/** A request without a usable answer: the server's own message (written for people), an HTTP status, or no answer. */
export class AuthRequestError extends Error {
  constructor(
    readonly serverMessage: string | undefined,
    readonly status?: number,
  ) {
    super(serverMessage ?? `HTTP ${status ?? 'unreachable'}`);
  }
}

/** What to tell the user, as describeError does for the app's requests. */
export function describeAuthError(error: unknown, t: TFunction): string {
  if (!(error instanceof AuthRequestError)) return t('error.unreachable');
  if (error.serverMessage) return error.serverMessage;
  // A gateway (the dev proxy, a load balancer) answers 502–504 when the server is down.
  return error.status && ![502, 503, 504].includes(error.status) ? t('error.serverStatus', { status: error.status }) : t('error.unreachable');
}

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new AuthRequestError(undefined);
  }
  const body = (await response.json().catch(() => undefined)) as { data?: T; errors?: { message: string }[] } | undefined;
  if (body?.errors?.length) throw new AuthRequestError([...new Set(body.errors.map((e) => e.message))].join(' '), response.status);
  if (!body?.data) throw new AuthRequestError(undefined, response.status);
  return body.data;
}

/** The signed-in user, or null. */
export async function fetchViewer(): Promise<SignedInViewer | null> {
  return (await post<{ me: SignedInViewer | null }>(viewerQuery, {})).me;
}

/** Signs in; the server sets the httpOnly session cookie, which is all there is to the session. */
export async function requestLogin(email: string, password: string): Promise<SignedIn> {
  const { login } = await post<{ login: SignedIn | null }>(loginMutation, { email, password });
  if (!login) throw new AuthRequestError(undefined);
  return login;
}

/** Full page loads (the login page leaves no history entry), behind one seam so tests can watch them. */
export const pageLoad = {
  replace: (url: string) => window.location.replace(url),
};
