import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import { createLoginUser, httpClient } from '../support/http-client';
import { injectionCorpus, jsonOddity, nastyText } from './support/arbitraries';
import { checkProperty, expectSafeErrors, fuzzTimeout, REQUEST_CODES, STABLE_CODES } from './support/fuzz-harness';
import { createFuzzWorld, type FuzzWorld } from './support/fuzz-setup';

/**
 * The HTTP edge, before GraphQL: odd JSON bodies, wrong shapes and content
 * types get a 4xx (or a GraphQL error) with a stable code — never a 500, a
 * stack trace or SQL.
 */
let w: FuzzWorld;
let app: App;
let base: string;
let cookie: string;

beforeAll(async () => {
  w = await createFuzzWorld('MEMBER');
  app = await createApp({ db: w.db, config: { env: 'production', session: { idleMinutes: 60, absoluteHours: 8 } }, clientDir: '/nonexistent' });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const user = await createLoginUser(w.db, 'MEMBER');
  const client = httpClient(base);
  await client.login(user.email, user.password);
  cookie = client.cookie!;
});
afterAll(async () => {
  await app?.stop();
  await w?.stop();
});

const queries = fc.oneof(
  fc.constantFrom('{ prospects { totalCount } }', '{ me { id } }', 'mutation { logout }', '{ stages { id } }', '{'),
  nastyText.map((t) => `{ prospects(filter: { text: ${JSON.stringify(t)} }) { totalCount } }`),
  nastyText,
  jsonOddity,
);
const body = fc.oneof(
  { weight: 4, arbitrary: fc.record({ query: queries, variables: fc.oneof(jsonOddity, fc.constant(undefined)), operationName: fc.oneof(nastyText, jsonOddity, fc.constant(undefined)) }, { requiredKeys: [] }).map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.array(fc.record({ query: queries }), { maxLength: 3 }).map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: jsonOddity.map((v) => JSON.stringify(v) ?? '') },
  { weight: 1, arbitrary: fc.oneof(nastyText, fc.constantFrom(...injectionCorpus), fc.constantFrom('{', '{"query":', '\u0000', '{"query": "{ me { id } }"}}', 'null')) },
);
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'text/plain', 'application/graphql', '');

describe('HTTP requests, property-based', () => {
  it('POST /graphql with any body: a 2xx or 4xx answer in JSON with stable codes, nothing internal', async () => {
    await checkProperty('POST /graphql', fc.tuple(body, contentType, fc.boolean()), async ([payload, type, signedIn]) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { ...(type ? { 'content-type': type } : {}), 'apollo-require-preflight': 'true', ...(signedIn ? { cookie } : {}) },
        body: payload,
      });
      const text = await res.text();
      expect(res.status, text).toBeLessThan(500);
      expect(text).not.toMatch(/stacktrace|"stack"|\.ts:\d+/i);
      const parsed = tryJson(text);
      if (parsed && typeof parsed === 'object' && 'errors' in parsed) {
        expectSafeErrors(parsed.errors as never, [payload, tryJson(payload)], new Set([...STABLE_CODES, ...REQUEST_CODES, 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND']));
      }
      return res.status < 300 && !(parsed as { errors?: unknown })?.errors ? 'OK' : String(res.status);
    }, {
      mustAccept: false,
      examples: [
        [JSON.stringify({ query: '{ prospects { totalCount }' }), 'application/json', true], // a syntax error: was HTTP 500 (armor's token plugin)
        [JSON.stringify({ query: 'subscription { prospects { totalCount } }' }), 'application/json', true], // was INTERNAL_SERVER_ERROR
      ] as [string, string, boolean][],
    });
  }, fuzzTimeout(30));

  it('a syntax error is GRAPHQL_PARSE_FAILED (HTTP 400), and the token limit still holds', async () => {
    // A session of its own: the fuzzer above may have sent `mutation { logout }` with the shared one.
    const user = await createLoginUser(w.db, 'MEMBER');
    const client = httpClient(base);
    await client.login(user.email, user.password);
    const post = async (query: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: client.cookie! },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
    };
    const broken = await post('{ prospects { totalCount }');
    expect(broken.status).toBe(400);
    expect(broken.body.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const flood = await post(`{ stages { ${'id '.repeat(4000)} } }`);
    expect(flood.status).toBe(400);
    expect(flood.body.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(flood.body.errors?.[0]?.message).toMatch(/3000 tokens/);
    const fine = await post(`{ stages { ${'id '.repeat(100)} } }`);
    expect(fine.body.errors, JSON.stringify(fine.body.errors)).toBeUndefined();
  });
});

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
