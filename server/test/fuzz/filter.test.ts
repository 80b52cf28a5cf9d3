import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetGroup } from '../../src/modules/prospect/prospect.entity';
import { ProspectOrder } from '../../src/modules/prospect/prospect-order';
import { factories } from '../support/factories';
import {
  enumish, idish, idListish, injectionCorpus, jsonOddity, mostlyValid, nastyInt, nastyText, optional, sometimesOdd, 
} from './support/arbitraries';
import { checkProperty, expectChanges, expectSafeErrors, fuzzTimeout, outcome, REQUEST_CODES, STABLE_CODES, withCounts } from './support/fuzz-harness';
import { createFuzzWorld, type FuzzWorld } from './support/fuzz-setup';

/**
 * The one filter (pipeline, company list, more cards) and its cursors: any
 * filter value gets a result or a stable error, reads write nothing, the same
 * filter gives the same companies on the board and in the list, and SQL
 * wildcards and quotes in the search text match only themselves.
 */
let w: FuzzWorld;
let prospects: { id: string; name: string; org_number: string | null; archived: boolean; contacts: string[] }[];
let cursors: string[];

/** Names full of the characters a careless LIKE or string-built SQL would trip on. */
const companyNames = [
  '100% Bio AS', 'Under_score AS', 'Back\\slash AS', "O'Brien Holding", 'Quote "AS"', 'Semi;colon AS', 'Dash -- AS',
  'Dollar $1 AS', 'Percent%Under_ AS', 'Glomma Farma AS', 'Ærlig Øl og Ål AS', 'Plain Company AS',
];
const contactNames = ["Kari O'Hara", '50% Kontakt', 'Ola_Nordmann', 'Per \\ Hansen'];

beforeAll(async () => {
  w = await createFuzzWorld('LEADER');
  const f = factories(w.db);
  const stageKeys = Object.keys(w.stages);
  const areaKeys = Object.keys(await f.focusAreaIds());
  for (const [n, name] of companyNames.entries()) {
    await f.prospect({
      name,
      stage: stageKeys[n % stageKeys.length],
      focusAreas: [areaKeys[n % areaKeys.length]!],
      orgNumber: n % 4 === 0 ? `9${String(52857991 + n * 11).padStart(8, '0')}`.slice(0, 9) : null,
      ownerId: n % 2 ? w.viewerId : null,
      targetMunicipality: ['3420', '3419', '3422', null][n % 4],
      municipality: ['0427', '3420', null][n % 3],
      targetGroup: [...Object.values(TargetGroup), null][n % 5],
      archived: n % 5 === 4,
      contacts: n < contactNames.length ? [contactNames[n]!] : [],
    });
  }
  prospects = await w.q(
    `SELECT p.id, p.name, p.org_number, p.archived_at IS NOT NULL AS archived,
            coalesce((SELECT array_agg(c.name) FROM contacts c WHERE c.prospect_id = p.id), '{}') AS contacts
       FROM prospects p`,
  );
  const page = await w.client.data(`{ prospects(first: 3) { edges { cursor } } byJobs: prospects(first: 2, orderBy: ESTIMATED_JOBS_DESC) { edges { cursor } } }`);
  cursors = [...page.prospects.edges, ...page.byJobs.edges].map((e: { cursor: string }) => e.cursor);
});
afterAll(() => w?.stop());

const ids = () => prospects.map((p) => p.id);

/** A filter: valid values mostly, each field now and then broken. */
const filterArbitrary = () =>
  mostlyValid(
    {
      focusAreaIds: optional(fc.subarray(w.focusAreas)),
      stageIds: optional(fc.subarray(Object.values(w.stages))),
      ownerIds: optional(fc.subarray(w.activeUserIds)),
      targetMunicipalities: optional(fc.subarray(['3420', '3419', '3422', '0427', '0429', '0301'])),
      municipalities: optional(fc.subarray(['3420', '0427', '0301', '9999'])),
      targetGroups: optional(fc.subarray(Object.values(TargetGroup))),
      archived: optional(fc.constantFrom('ACTIVE', 'ARCHIVED', 'ALL')),
      text: optional(nastyText.map((s) => s.slice(0, 200))),
    },
    {
      focusAreaIds: sometimesOdd(idListish(w.focusAreas, 120)),
      stageIds: idListish(Object.values(w.stages)),
      ownerIds: idListish(w.activeUserIds),
      targetMunicipalities: fc.array(fc.oneof(fc.constantFrom('342', '34200', ' 3420', '3420 '), nastyText), { maxLength: 3 }),
      municipalities: sometimesOdd(fc.array(nastyText, { maxLength: 3 })),
      targetGroups: fc.array(enumish(Object.values(TargetGroup)), { maxLength: 3 }),
      archived: enumish(['ACTIVE', 'ARCHIVED', 'ALL']),
      text: fc.oneof(nastyText, fc.constantFrom('x'.repeat(201))),
    },
  );

/**
 * Cursors: real ones, and forged ones whose values look right but are out of
 * range or of the wrong kind (impossible timestamps, integers beyond 32 bits).
 */
const timestampText = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().replace('T', ' ').replace('Z', '+00')),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/),
);
const integerText = fc.oneof(fc.integer().map(String), fc.stringMatching(/^-?\d{1,10}$/));
const cursorValue = fc.oneof(nastyText, timestampText, integerText, fc.uuid(), jsonOddity);
const cursorish = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...cursors)) },
  { weight: 3, arbitrary: fc.array(cursorValue, { maxLength: 4 }).map((values) => Buffer.from(JSON.stringify(values)).toString('base64url')) },
  { weight: 2, arbitrary: fc.tuple(cursorValue, fc.uuid()).map((values) => Buffer.from(JSON.stringify(values)).toString('base64url')) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.double(), fc.integer()), timestampText, fc.uuid()).map((values) => Buffer.from(JSON.stringify(values)).toString('base64url')) },
  { weight: 1, arbitrary: nastyText },
);

const PROSPECTS = `query($f: ProspectFilter, $first: Int!, $after: String, $o: ProspectOrder!) {
  prospects(filter: $f, first: $first, after: $after, orderBy: $o) { totalCount edges { node { id } cursor } pageInfo { hasNextPage endCursor } }
}`;
const PIPELINE = `query($f: ProspectFilter, $first: Int!) { pipeline(filter: $f, first: $first) { columns { count stage { id } cards { edges { node { id } } } } } }`;
const CARDS = `query($s: ID!, $f: ProspectFilter, $first: Int!, $after: String) { pipelineCards(stageId: $s, filter: $f, first: $first, after: $after) { totalCount edges { node { id } } } }`;

const knownBadFilters: Record<string, unknown>[] = [{ text: 'a\u0000' }]; // U+0000: was INTERNAL_SERVER_ERROR (fixed in 550c9ad)

describe('filter inputs, property-based', () => {
  it('prospects(filter, first, after, orderBy): a stable answer, and reading writes nothing', async () => {
    const args = fc.record({
      f: fc.oneof({ weight: 8, arbitrary: filterArbitrary() }, { weight: 1, arbitrary: jsonOddity }),
      first: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 200 }) }, { weight: 1, arbitrary: nastyInt }),
      after: optional(cursorish),
      o: enumish(Object.values(ProspectOrder)),
    });
    await checkProperty('prospects(filter)', args, async (vars) => {
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(PROSPECTS, vars));
      expectSafeErrors(result.errors, vars);
      expectChanges(changes, {}, 'a read');
      if (outcome(result) === 'OK') {
        const connection = result.data!.prospects;
        expect(connection.edges.length).toBeLessThanOrEqual(Math.min(vars.first as number, connection.totalCount));
      }
      return outcome(result);
    }, {
      examples: [
        ...knownBadFilters.map((f) => ({ f, first: 10, after: null, o: 'NAME_ASC' })),
        ...[
          // A cursor whose values match the patterns but not the types: was INTERNAL_SERVER_ERROR.
          { f: null, first: 10, after: Buffer.from(JSON.stringify(['9999999999', '00000000-0000-4000-8000-000000000000'])).toString('base64url'), o: 'ESTIMATED_JOBS_DESC' },
          { f: null, first: 10, after: Buffer.from(JSON.stringify(['2026-13-45 25:61:61+00', '00000000-0000-4000-8000-000000000000'])).toString('base64url'), o: 'LAST_ACTIVITY_DESC' },
          { f: null, first: 10, after: Buffer.from(JSON.stringify(['a\u0000', '00000000-0000-4000-8000-000000000000'])).toString('base64url'), o: 'NAME_ASC' },
        ],
      ],
    });
  }, fuzzTimeout(40));

  it('pipeline(filter): a stable answer, and its column counts add up to the company list for the same filter', async () => {
    const args = fc.record({ f: filterArbitrary(), first: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 100 }) }, { weight: 1, arbitrary: nastyInt }) });
    await checkProperty('pipeline(filter)', args, async (vars) => {
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(PIPELINE, vars));
      expectSafeErrors(result.errors, vars);
      expectChanges(changes, {}, 'a read');
      if (outcome(result) === 'OK') {
        const onBoard = result.data!.pipeline.columns.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
        const list = await w.client.data(PROSPECTS, { f: vars.f, first: 1, o: 'NAME_ASC' });
        expect(onBoard).toBe(list.prospects.totalCount);
      }
      return outcome(result);
    }, { examples: knownBadFilters.map((f) => ({ f, first: 5 })) });
  }, fuzzTimeout(40));

  it('pipelineCards(stageId, filter, after): a stable answer, and reading writes nothing', async () => {
    const args = fc.record({
      s: idish(Object.values(w.stages)),
      f: optional(filterArbitrary()),
      first: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 100 }) }, { weight: 1, arbitrary: nastyInt }),
      after: optional(cursorish),
    });
    await checkProperty('pipelineCards', args, async (vars) => {
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(CARDS, vars));
      expectSafeErrors(result.errors, vars);
      expectChanges(changes, {}, 'a read');
      return outcome(result);
    }, {
      examples: [
        // Card cursor with an impossible timestamp that matches its pattern: was INTERNAL_SERVER_ERROR.
        { s: Object.values(w.stages)[0], f: null, first: 5, after: Buffer.from(JSON.stringify([1, '2026-13-45 25:61:61+00', '00000000-0000-4000-8000-000000000000'])).toString('base64url') },
      ],
    });
  }, fuzzTimeout(40));

  it('search text: wildcards, quotes and injections match only themselves (ASCII oracle)', async () => {
    const asciiCorpus = injectionCorpus.filter((s) => /^[\x20-\x7e]+$/.test(s));
    const fragments = [...companyNames, ...contactNames].flatMap((n) => [n, n.slice(0, 4), n.slice(-5), n.toUpperCase()]).filter((s) => /^[\x20-\x7e]+$/.test(s));
    const text = fc.oneof(
      fc.constantFrom(...asciiCorpus),
      fc.constantFrom(...fragments),
      fc.string({ unit: 'binary-ascii', maxLength: 6 }).filter((s) => !s.includes('\u0000')),
      fc.constantFrom('952', '952 8', ' 5 2 ', '%', '_', '\\', "'"),
    );
    const args = fc.record({ text, archived: fc.constantFrom('ACTIVE', 'ALL', 'ARCHIVED') });
    await checkProperty('search text oracle', args, async ({ text: t, archived }) => {
      const result = await w.client.execute<any>(PROSPECTS, { f: { text: t, archived }, first: 200, o: 'NAME_ASC' });
      expectSafeErrors(result.errors, t);
      if (outcome(result) !== 'OK') return outcome(result);
      const found = result.data!.prospects.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      expect(found).toEqual(expectedMatches(t, archived));
      return 'OK';
    }, { mustRefuse: false });
  }, fuzzTimeout(20));

  it('prospect(id) and meeting(id): any id gets the record, NOT_FOUND or BAD_USER_INPUT', async () => {
    await checkProperty('record by id', fc.tuple(idish(ids()), fc.constantFrom('prospect', 'meeting')), async ([id, field]) => {
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(`query($id: ID!) { r: ${field}(id: $id) { id } }`, { id }));
      expectSafeErrors(result.errors, id);
      expectChanges(changes, {}, 'a read');
      return outcome(result);
    }, { mustAccept: false });
  }, fuzzTimeout(20));

  it('GraphQL documents with odd literals and broken syntax: parse or validation errors, never internals', async () => {
    const literal = nastyText.map((s) => JSON.stringify(s));
    const documents = fc.oneof(
      literal.map((l) => `{ prospects(filter: { text: ${l} }) { totalCount } }`),
      literal.map((l) => `{ prospect(id: ${l}) { id } }`),
      literal.map((l) => `mutation { createProspect(input: { name: ${l} }) { id } }`),
      fc.constantFrom(
        '{', '}', '{ prospects { totalCount', 'query($a: Int) { prospects(first: $a) { totalCount } }', '{ __typename }',
        '{ prospects(first: "1") { totalCount } }', '{ prospects(first: 1e99) { totalCount } }', '{ prospects(filter: { nope: 1 }) { totalCount } }',
        '{ prospects { edges { node { id name contacts { id prospect { id } } } } } }', '#', '"""',
        `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: stages { id }`).join(' ')} }`,
      ),
      nastyText,
    );
    await checkProperty('documents', documents, async (query) => {
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(query));
      expectSafeErrors(result.errors, query, new Set([...STABLE_CODES, ...REQUEST_CODES]));
      expectChanges(changes, outcome(result) === 'OK' && query.startsWith('mutation') ? changes : {}, 'a document');
      return outcome(result);
    }, {
      mustAccept: false,
      // An operation type the schema lacks is the client's mistake: was INTERNAL_SERVER_ERROR.
      examples: ['subscription { prospects { totalCount } }'],
    });
  }, fuzzTimeout(20));
});

/** The companies a text search must find: name or a contact's name contains it, or the org. number its digits. */
function expectedMatches(text: string, archived: string): string[] {
  const t = text.trim().toLowerCase();
  const digits = text.trim().replace(/\s+/g, '');
  return prospects
    .filter((p) => (archived === 'ALL' ? true : archived === 'ARCHIVED' ? p.archived : !p.archived))
    .filter((p) =>
      t === ''
        ? true
        : p.name.toLowerCase().includes(t) ||
          p.contacts.some((c) => c.toLowerCase().includes(t)) ||
          (/^\d+$/.test(digits) && (p.org_number ?? '').includes(digits)),
    )
    .map((p) => p.id)
    .sort();
}
