import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createLoginUser, httpClient } from '../support/http-client';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let app: App;
let base: string;
let cookie: string;
const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-client-'));

beforeAll(async () => {
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><html lang="nb"><title>Magnet</title></html>');
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'assets', 'app.js'), 'console.log("magnet")');
  db = await createTestDatabase();
  await factories(db).prospect({ name: 'Http Test AS' });
  app = await createApp({ db, config: { env: 'production', session: { idleMinutes: 60, absoluteHours: 8 } }, clientDir });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const user = await createLoginUser(db, 'MEMBER');
  const client = httpClient(base);
  await client.login(user.email, user.password);
  cookie = client.cookie!;
});
afterAll(async () => {
  await app.stop();
  await db.close().catch(() => undefined);
  fs.rmSync(clientDir, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify(body),
  });

describe('the HTTP server', () => {
  it('answers /healthz with 200 while the database answers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: db.kind });
  });

  it('serves GraphQL at POST /graphql', async () => {
    const res = await post({ query: '{ prospects { totalCount edges { node { name } } } }' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { prospects: { totalCount: 1, edges: [{ node: { name: 'Http Test AS' } }] } },
    });
  });

  it('serves the built client, and index.html for client routes', async () => {
    const asset = await fetch(`${base}/assets/app.js`);
    expect(await asset.text()).toBe('console.log("magnet")');
    for (const route of ['/', '/pipeline', '/companies/123']) {
      const res = await fetch(`${base}${route}`);
      expect(res.status, route).toBe(200);
      expect(await res.text()).toContain('<html lang="nb">');
    }
    expect((await fetch(`${base}/assets/missing.js`)).status).not.toBe(500);
  });

  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ stages { key } }' }),
    });
    expect(res.status).toBe(400);
  });

  it('keeps introspection off in production', async () => {
    const body: any = await (await post({ query: '{ __schema { types { name } } }' })).json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace/i);
  });

  it('answers malformed requests with a clear error and no internals', async () => {
    const body: any = await (await post({ query: '{ prospects { nope } }' })).json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/nope/);
    const broken = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      errors: [{ message: 'Forespørselen er ikke gyldig JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    const huge = await post({ query: `{ prospects(filter: { text: "${'x'.repeat(2_000_000)}" }) { totalCount } }` });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('masks database failures, and /healthz turns 503 when the database is gone', async () => {
    await db.close();
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    const body: any = await (await post({ query: '{ prospects { totalCount } }' })).json();
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(body.errors[0].message).toBe('Noe gikk galt på serveren. Prøv igjen om litt.');
    expect(JSON.stringify(body)).not.toMatch(/SELECT|FROM|stack|Error:|Driver/);
  });
});
