import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import type { Database } from '../../src/shared/database/database';
import { createLoginUser, httpClient } from '../support/http-client';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { createTestDatabase } from '../support/test-database';

const session = { idleMinutes: 30, absoluteHours: 8 };
let db: Database;
let app: App;
let base: string;
let second: { url: string; stop(): Promise<void> };

async function listen(a: App) {
  await new Promise<void>((resolve) => a.httpServer.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(a.httpServer.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  db = await createTestDatabase();
  app = await createApp({ db, config: { env: 'production', session } });
  base = await listen(app);
  // A second server on the same database: a real process on PostgreSQL; on the
  // embedded database (one process only) a second app instance.
  if (db.kind === 'postgres') {
    const url = (db.dataSource.options as { url: string }).url;
    const proc: ServerProcess = await startServerProcess({ DATABASE_URL: url, NODE_ENV: 'production' });
    second = { url: proc.url, stop: () => proc.stop() };
  } else {
    const other = await createApp({ db, config: { env: 'production', session } });
    second = { url: await listen(other), stop: () => other.stop() };
  }
}, 90_000);
afterAll(async () => {
  await second?.stop();
  await app.stop();
  await db.close();
});

const ME = '{ me { id email role } }';

describe('login and sessions over HTTP', () => {
  it('sets an httpOnly, SameSite cookie (Secure only over https) and no token in the body', async () => {
    const user = await createLoginUser(db, 'MEMBER');
    const res = await httpClient(base).raw({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id email } }',
      variables: { e: user.email, p: user.password },
    });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^magnet_session=[A-Za-z0-9_-]{40,}; /);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const body = await res.json();
    expect(body).toEqual({ data: { login: { id: user.id, email: user.email } } });

    const https = await httpClient(base, { 'x-forwarded-proto': 'https' }).raw({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: user.email, p: user.password },
    });
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('answers me for the session, and refuses anonymous callers everything but login', async () => {
    const anonymous = httpClient(base);
    expect(await anonymous.post(ME)).toEqual({ data: { me: null } });
    const refused = await anonymous.post('{ prospects { totalCount } }');
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.errors[0].message).toBe('Du må logge inn.');

    const user = await createLoginUser(db, 'BOARD');
    const client = httpClient(base);
    await client.login(user.email, user.password);
    expect((await client.post(ME)).data.me).toEqual({ id: user.id, email: user.email, role: 'BOARD' });
  });

  it('shares sessions between server processes on one database', async () => {
    const user = await createLoginUser(db, 'LEADER');
    const client = httpClient(base);
    await client.login(user.email, user.password);
    const onSecond = httpClient(second.url);
    onSecond.cookie = client.cookie;
    expect((await onSecond.post(ME)).data.me.id).toBe(user.id);
    // Logging out on the second ends the session on the first at once.
    await onSecond.post('mutation { logout }');
    const again = httpClient(base);
    again.cookie = client.cookie;
    expect((await again.post(ME)).data.me).toBeNull();
  });

  it('ends a logged-out session at once and clears the cookie', async () => {
    const user = await createLoginUser(db, 'MEMBER');
    const client = httpClient(base);
    await client.login(user.email, user.password);
    const cookie = client.cookie;
    const res = await client.raw({ query: 'mutation { logout }' });
    expect(res.headers.get('set-cookie')).toMatch(/^magnet_session=; .*Expires=Thu, 01 Jan 1970/);
    const stale = httpClient(base);
    stale.cookie = cookie;
    expect((await stale.post('{ prospects { totalCount } }')).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('ends sessions after the idle timeout and after the absolute timeout', async () => {
    const user = await createLoginUser(db, 'MEMBER');
    const idle = httpClient(base);
    await idle.login(user.email, user.password);
    const absolute = httpClient(base);
    await absolute.login(user.email, user.password);
    const [a, b] = await db.dataSource.query(`SELECT id FROM sessions WHERE user_id = $1 ORDER BY created_at`, [user.id]);
    await db.dataSource.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [a.id]);
    await db.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [b.id]);
    expect((await idle.post(ME)).data.me).toBeNull();
    expect((await absolute.post(ME)).data.me).toBeNull();
  });

  it('lets a deactivated user not log in, and ends their open sessions', async () => {
    const admin = await createLoginUser(db, 'ADMIN');
    const user = await createLoginUser(db, 'MEMBER');
    const victim = httpClient(base);
    await victim.login(user.email, user.password);
    expect((await victim.post(ME)).data.me.id).toBe(user.id);

    const adminClient = httpClient(base);
    await adminClient.login(admin.email, admin.password);
    const result = await adminClient.post('mutation($i: UpdateUserInput!) { updateUser(input: $i) { active version } }', {
      i: { id: user.id, version: 1, active: false },
    });
    expect(result.data.updateUser).toEqual({ active: false, version: 2 });
    expect((await victim.post(ME)).data.me).toBeNull();
    const login = await httpClient(base).login(user.email, user.password);
    expect(login.errors[0]).toMatchObject({ message: 'Feil e-post eller passord.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses the 11th failed login in a row, also as aliases in one request, even with the right password', async () => {
    const user = await createLoginUser(db, 'MEMBER');
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: login(email: "${user.email}", password: "feil-${i}") { id }`);
    const body = await httpClient(base).post(`mutation { ${aliases.join(' ')} }`);
    const codes = body.errors.map((e: any) => `${e.path[0]}:${e.extensions.code}`);
    expect(codes).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `a${i}:UNAUTHENTICATED`),
      'a10:RATE_LIMITED',
      'a11:RATE_LIMITED',
    ]);
    const right = await httpClient(base).login(user.email, user.password);
    expect(right.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(right.errors[0].message).toMatch(/Vent 15 minutter/);
  });

  it('throttles per address too, across accounts', async () => {
    const ip = { 'x-forwarded-for': '10.9.8.7' };
    for (let i = 0; i < 10; i++) {
      const body = await httpClient(base, ip).login(`ukjent-${i}@magnet.example`, 'feil-passord');
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const user = await createLoginUser(db, 'MEMBER');
    expect((await httpClient(base, ip).login(user.email, user.password)).errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await httpClient(base, { 'x-forwarded-for': '10.9.8.8' }).login(user.email, user.password)).data.login).toBeTruthy();
  });

  it('refuses a batch of operations in one request', async () => {
    const batch = Array.from({ length: 3 }, () => ({ query: 'mutation { login(email: "x@magnet.example", password: "y") { id } }' }));
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });
});

describe('hardening', () => {
  let member: ReturnType<typeof httpClient>;
  beforeAll(async () => {
    const user = await createLoginUser(db, 'MEMBER');
    member = httpClient(base);
    await member.login(user.email, user.password);
  });

  it('refuses a too-deep query with a clear error', async () => {
    const deep = `{ prospects { edges { node { owner { __typename ${'a: __typename '.repeat(0)} } focusAreas { id } stage { id } } } } }`;
    const ok = await member.post(deep);
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    const nested = (depth: number): string => (depth === 0 ? 'id' : `edges { node { stage { id } focusAreas { ${nested(depth - 1)} } } }`);
    const tooDeep = await member.post(`{ prospects { ${nested(4)} } }`);
    expect(tooDeep.errors[0].message).toMatch(/depth/i);
  });

  it('refuses an alias flood', async () => {
    const flood = Array.from({ length: 40 }, (_, i) => `s${i}: stages { id }`).join(' ');
    const body = await member.post(`{ ${flood} }`);
    expect(body.errors[0].message).toMatch(/aliases/i);
    expect(body.data).toBeUndefined();
  });

  it('refuses a token flood', async () => {
    const body = await member.post(`{ stages { ${'id '.repeat(4000)} } }`);
    expect(body.errors[0].message).toMatch(/token/i);
  });

  it('gives no field suggestions and no introspection in production', async () => {
    const body = await member.post('{ prospects { totalCoun } }');
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
    const intro = await member.post('{ __schema { queryType { name } } }');
    expect(intro.errors[0].message).toMatch(/introspection/i);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the audit log', () => {
  it('records logins, user changes with before/after, and is readable by ADMIN only', async () => {
    const admin = await createLoginUser(db, 'ADMIN');
    const client = httpClient(base);
    await client.login(admin.email, admin.password);
    const created = await client.post(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id version } temporaryPassword } }',
      { i: { name: 'Revisor Test', email: `revisor-${Date.now()}@magnet.example`, role: 'BOARD' } },
    );
    const { user, temporaryPassword } = created.data.createUser;
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    await client.post('mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }', { i: { id: user.id, version: user.version, role: 'MEMBER' } });

    const log = await client.post(
      'query($id: String) { auditEntries(entity: "User", entityId: $id) { totalCount edges { node { action diff actor { id } } } } }',
      { id: user.id },
    );
    const entries = log.data.auditEntries.edges.map((e: any) => e.node);
    expect(entries.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(entries[0].diff).toEqual({ role: { before: 'BOARD', after: 'MEMBER' } });
    expect(entries[0].actor.id).toBe(admin.id);
    expect(entries[1].diff.passwordHash).toEqual({ before: '[skjult]', after: '[endret]' });
    expect(JSON.stringify(entries)).not.toMatch(/argon2/);

    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'LOGIN' AND actor_id = $1`, [admin.id]);
    expect(n).toBe(1);
  });

  it('rolls back the audit entry with a refused change (stale version: CONFLICT, nothing written)', async () => {
    const admin = await createLoginUser(db, 'ADMIN');
    const target = await createLoginUser(db, 'MEMBER');
    const client = httpClient(base);
    await client.login(admin.email, admin.password);
    const update = (version: number, role: string) =>
      client.post('mutation($i: UpdateUserInput!) { updateUser(input: $i) { role version } }', { i: { id: target.id, version, role } });
    expect((await update(1, 'LEADER')).data.updateUser).toEqual({ role: 'LEADER', version: 2 });
    const stale = await update(1, 'BOARD');
    expect(stale.errors[0].extensions.code).toBe('CONFLICT');
    const [row] = await db.dataSource.query('SELECT role, version FROM users WHERE id = $1', [target.id]);
    expect(row).toEqual({ role: 'LEADER', version: 2 });
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1`, [target.id]);
    expect(n).toBe(1);
  });
});
