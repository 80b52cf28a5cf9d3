import fc from 'fast-check';
import { expect } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import type { Database } from '../../../src/shared/database/database';
import type { GraphQLResult } from '../../support/graphql';
import { wellFormed } from './arbitraries';

/**
 * How many generated inputs each property gets: a small sample in the normal
 * test run, ≥ 10 000 with `npm run test:fuzz` (FUZZ_RUNS=10000).
 * FUZZ_SEED replays a run that failed (fast-check prints the seed).
 */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 50);
const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

export function fuzzParameters<T>(overrides: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: FUZZ_RUNS, ...(FUZZ_SEED !== undefined ? { seed: FUZZ_SEED } : {}), ...overrides };
}

/** A test timeout that grows with the number of runs (milliseconds per run is a generous guess). */
export const fuzzTimeout = (msPerRun: number) => 30_000 + FUZZ_RUNS * msPerRun;

/** The stable error codes of the API (design § API conventions). */
export const STABLE_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);
/** Codes for a request that is not a valid GraphQL document; only documents built by the fuzzer may get them. */
export const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/** What must never reach a client: SQL, database errors, stack frames. */
export const LEAK = /SELECT|INSERT|UPDATE|DELETE|syntax error|at .*\.ts:\d+|QueryFailedError/;

/**
 * Every error carries an allowed code and a message without internals. Messages
 * may quote the caller's own input (GraphQL coercion errors do): those strings
 * are cut out before the leak check, so a name like "DELETE" is not a leak.
 */
export function expectSafeErrors(
  errors: readonly GraphQLFormattedError[] | undefined,
  input: unknown,
  allowed: ReadonlySet<string> = STABLE_CODES,
  alsoQuoted: readonly string[] = [],
): void {
  for (const error of errors ?? []) {
    const code = String(error.extensions?.code);
    if (!allowed.has(code)) throw new Error(`Error with code ${code}: ${JSON.stringify(error)}`);
    const extensionKeys = Object.keys(error.extensions ?? {}).filter((k) => k !== 'code' && k !== 'field');
    if (extensionKeys.length) throw new Error(`Error exposes extensions ${extensionKeys.join(', ')}: ${JSON.stringify(error)}`);
    // graphql-js follows a syntax error with an excerpt of the client's own document: not the server's to leak.
    const ownWords = error.message.replace(/\n\nGraphQL request:[\s\S]*$/, '');
    const message = withoutQuotes(ownWords, [...stringsIn(input), ...alsoQuoted]);
    if (LEAK.test(message)) throw new Error(`Error message leaks internals: ${JSON.stringify(error.message)}`);
  }
}

/** The error codes of a result ('OK' when there is none). */
export const outcome = (result: GraphQLResult<unknown>) => (result.errors?.length ? String(result.errors[0]!.extensions?.code) : 'OK');

function withoutQuotes(message: string, quoted: string[]): string {
  let rest = message;
  // Longest first, so a quoted string is removed before its own substrings.
  for (const s of [...new Set(quoted)].filter((q) => q.length > 0).sort((a, b) => b.length - a.length)) {
    for (const form of [JSON.stringify(s), JSON.stringify(s).slice(1, -1), s]) rest = rest.split(form).join('');
  }
  return rest;
}

/** Every string inside a value (object keys included). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}

/** Tables whose row counts show whether a write happened, and how much of it. */
export const COUNTED_TABLES = [
  'prospects',
  'stage_changes',
  'audit_entries',
  'contacts',
  'meetings',
  'meeting_prospects',
  'meeting_users',
  'meeting_contacts',
  'prospect_focus_areas',
  'saved_views',
  'targets',
  'focus_areas',
  'sessions',
  'idempotency_keys',
] as const;
export type Counts = Record<(typeof COUNTED_TABLES)[number], number>;

export async function rowCounts(db: Database): Promise<Counts> {
  const [row] = await db.dataSource.query(
    `SELECT ${COUNTED_TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`,
  );
  return row as Counts;
}

/** After − before, leaving out tables that did not change. */
export function countChanges(before: Counts, after: Counts): Partial<Counts> {
  const changes: Partial<Counts> = {};
  for (const table of COUNTED_TABLES) if (after[table] !== before[table]) changes[table] = after[table] - before[table];
  return changes;
}

/** Runs one operation and returns the result with the row-count changes it caused. */
export async function withCounts<T>(db: Database, run: () => Promise<GraphQLResult<T>>) {
  const before = await rowCounts(db);
  const result = await run();
  const changes = countChanges(before, await rowCounts(db));
  return { result, changes };
}

/** Throws with both sides printed when the row-count changes are not the expected ones. */
export function expectChanges(actual: Partial<Counts>, expected: Partial<Counts>, what: string): void {
  const normalized = Object.fromEntries(Object.entries(expected).filter(([, n]) => n !== 0));
  if (JSON.stringify(sortKeys(actual)) !== JSON.stringify(sortKeys(normalized))) {
    throw new Error(`${what}: row counts changed by ${JSON.stringify(actual)}, expected ${JSON.stringify(normalized)}`);
  }
}

const sortKeys = (o: object) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/**
 * What the database keeps of a text: zod trims it. (A lone surrogate, which
 * the driver would turn into U+FFFD, is refused at the edge: wellFormed is a
 * no-op for accepted text, and makes a regression show as a changed text.)
 */
export function stored(text: string): string {
  return wellFormed(text.trim());
}

/** Trimmed text, or null when nothing is left (how the inputs store optional text). */
export const storedOptional = (text: string | null | undefined) => (text == null || text.trim() === '' ? null : stored(text));

/** Drops undefined fields, so an input prints as the JSON a client would send. */
export function compact(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

/**
 * Counts the outcomes of one property (OK, BAD_USER_INPUT, CONFLICT, …) so a
 * run shows that both accepted and refused inputs were exercised.
 */
export class OutcomeTally {
  private readonly counts = new Map<string, number>();
  constructor(readonly name: string) {}

  add(code: string): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  count(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  toString(): string {
    const parts = [...this.counts.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
    return `${this.name}: ${this.total} inputs — ${parts.join(', ')}`;
  }
}

/**
 * Checks a property over FUZZ_RUNS generated inputs. `body` runs one input,
 * asserts what must hold and returns its outcome code for the tally, which is
 * printed; a long run must have seen accepted and refused inputs both.
 * `examples` run first in every run: inputs that once broke a property.
 */
export async function checkProperty<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  body: (value: T) => Promise<string>,
  options: { mustAccept?: boolean; mustRefuse?: boolean; examples?: T[] } = {},
): Promise<OutcomeTally> {
  const tally = new OutcomeTally(name);
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => tally.add(await body(value))),
    fuzzParameters<[T]>({ examples: (options.examples ?? []).map((e) => [e] as [T]) }),
  );
  console.log(`[fuzz] ${tally}`);
  if (FUZZ_RUNS >= 200) {
    if ((options.mustAccept ?? true) && tally.count('OK') === 0) throw new Error(`${name}: no generated input was accepted`);
    if ((options.mustRefuse ?? true) && tally.count('OK') === tally.total) throw new Error(`${name}: no generated input was refused`);
  }
  return tally;
}

/**
 * One create sent with an optional idempotency key, checked for what every create must hold:
 * safe errors; a refusal writes nothing; a retry with a key already used returns the first id
 * and writes nothing. `accepted` checks a first acceptance. Returns the outcome for the tally.
 */
export async function checkCreate(options: {
  db: Database;
  send: () => Promise<GraphQLResult<any>>;
  variables: Record<string, unknown>;
  field: string;
  key?: string | null;
  firstIdByKey?: Map<string, string>;
  accepted: (created: any, changes: Partial<Counts>) => Promise<void> | void;
}): Promise<string> {
  const { result, changes } = await withCounts(options.db, options.send);
  expectSafeErrors(result.errors, options.variables);
  if (outcome(result) !== 'OK') {
    expectChanges(changes, {}, 'refused create');
    return outcome(result);
  }
  const created = result.data![options.field];
  const { key, firstIdByKey } = options;
  const replayOf = key ? firstIdByKey?.get(key) : undefined;
  if (replayOf) {
    expect(created.id).toBe(replayOf);
    expectChanges(changes, {}, 'replayed create');
    return 'OK';
  }
  if (key) firstIdByKey?.set(key, created.id);
  await options.accepted(created, changes);
  return 'OK';
}

/**
 * One edit carrying the version the row has (`version: 'CURRENT'`) or a generated one: safe
 * errors; a refusal leaves the state `read` gives exactly as it was; an acceptance bumps the
 * version, and `accepted` checks the rest. `before` is read before the edit is sent.
 */
export async function checkUpdate<S extends { version: number }>(options: {
  db: Database;
  raw: Record<string, unknown>;
  read: (id: unknown) => Promise<S | undefined>;
  send: (i: Record<string, unknown>) => Promise<GraphQLResult<any>>;
  accepted: (context: { before: S; after: S; i: Record<string, unknown>; result: GraphQLResult<any>; changes: Partial<Counts> }) => Promise<void> | void;
}): Promise<string> {
  const { raw } = options;
  const before = await options.read(raw.id);
  const i = compact({ ...raw, version: raw.version === 'CURRENT' ? (before?.version ?? 1) : raw.version });
  const { result, changes } = await withCounts(options.db, () => options.send(i));
  expectSafeErrors(result.errors, { i });
  const after = await options.read(raw.id);
  if (outcome(result) !== 'OK') {
    expectChanges(changes, {}, 'refused update');
    expect(after).toEqual(before);
    return outcome(result);
  }
  expect(after!.version).toBe(before!.version + 1);
  await options.accepted({ before: before!, after: after!, i, result, changes });
  return 'OK';
}
