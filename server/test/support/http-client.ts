import { hashPassword } from '../../src/modules/auth/password';
import type { Database } from '../../src/shared/database/database';

/** A user who can log in with the password given. */
export async function createLoginUser(db: Database, role: string, password = 'riktig-passord-123') {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@magnet.example`;
  const [user] = await db.dataSource.query(
    `INSERT INTO users (name, email, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
    [`Http ${role}`, email, role, await hashPassword(password)],
  );
  return { id: user.id as string, email, password };
}

let clients = 0;
/** A new documentation-range address (RFC 5737) for each client of a test file. */
const nextAddress = () => {
  const n = clients++;
  return `${['203.0.113', '198.51.100', '192.0.2'][Math.floor(n / 250) % 3]}.${(n % 250) + 1}`;
};

/**
 * Talks to a running server over HTTP like a browser: JSON POSTs that carry the
 * session cookie. Each client comes from its own documentation-range address
 * (X-Forwarded-For), so the per-address login throttle of one test does not
 * leak into another.
 */
export function httpClient(base: string, extraHeaders: Record<string, string> = {}) {
  const headers = { 'x-forwarded-for': nextAddress(), ...extraHeaders };
  let cookie: string | undefined;
  const client = {
    get cookie() {
      return cookie;
    },
    set cookie(value: string | undefined) {
      cookie = value;
    },
    async raw(body: unknown, extra: Record<string, string> = {}) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers, ...(cookie ? { cookie } : {}), ...extra },
        body: JSON.stringify(body),
      });
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0]!.endsWith('=') ? undefined : setCookie.split(';')[0];
      return res;
    },
    async post(query: string, variables?: Record<string, unknown>): Promise<any> {
      return (await client.raw({ query, variables })).json();
    },
    async login(email: string, password: string) {
      return client.post(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id role } }`, { e: email, p: password });
    },
  };
  return client;
}
