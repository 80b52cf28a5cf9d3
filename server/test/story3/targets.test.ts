import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

const FIELDS = 'id metric meetingKind periodStart periodEnd value perYear retiredAt version';
const CREATE = `mutation($i: CreateTargetInput!) { createTarget(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateTargetInput!) { updateTarget(input: $i) { ${FIELDS} } }`;
const RETIRE = `mutation($id: ID!, $v: Int!) { retireTarget(id: $id, version: $v) { ${FIELDS} } }`;
const networkMeetings = { metric: 'MEETINGS', meetingKind: 'NETWORK_MEETING', periodStart: '2016-01-01', periodEnd: '2018-06-30', value: 4, perYear: true };

const errors = async (query: string, variables: Record<string, unknown>) =>
  (await client.execute(query, variables)).errors?.map((e) => [e.extensions?.code, e.message]);
const auditOf = (id: string) => q(`SELECT action, diff FROM audit_entries WHERE entity = 'Target' AND entity_id = $1 ORDER BY at, action`, [id]);
const create = async (input: Record<string, unknown> = networkMeetings) => (await client.data(CREATE, { i: input })).createTarget;

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db, await signedIn(db, 'LEADER'));
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('createTarget', () => {
  it('creates a target and audits it', async () => {
    const target = await create();
    expect(target).toMatchObject({ ...networkMeetings, retiredAt: null, version: 1 });
    const [entry] = await auditOf(target.id);
    expect(entry.action).toBe('CREATE');
    expect(entry.diff.value).toEqual({ before: null, after: 4 });
    expect((await client.data('{ targets { id } }')).targets.map((t: any) => t.id)).toContain(target.id);
  });

  it('refuses bad input with a message in Norwegian and writes nothing', async () => {
    const [{ n: before }] = await q(`SELECT count(*)::int AS n FROM targets`);
    const cases: [Record<string, unknown>, string][] = [
      [{ value: -1 }, 'value: Verdien kan ikke være negativ.'],
      [{ periodEnd: '2015-12-31' }, 'periodEnd: Sluttdatoen kan ikke være før startdatoen.'],
      [{ meetingKind: null }, 'meetingKind: Et mål for møter må ha en møtetype.'],
      [{ metric: 'JOBS' }, 'meetingKind: Møtetype kan bare settes på mål for møter.'],
      [{ periodStart: '2016-02-30' }, 'periodStart: Datoen finnes ikke i kalenderen.'],
      [{ periodStart: '0000-01-01' }, 'periodStart: Datoen må være mellom år 1900 og 2999.'], // PostgreSQL has no year 0
    ];
    for (const [change, message] of cases) {
      expect(await errors(CREATE, { i: { ...networkMeetings, ...change } }), message).toEqual([['BAD_USER_INPUT', message]]);
    }
    expect((await q(`SELECT count(*)::int AS n FROM targets`))[0].n).toBe(before);
  });

  it('is for LEADER and ADMIN only', async () => {
    for (const role of ['BOARD', 'MEMBER']) {
      expect(await client.as(await signedIn(db, role)).errorCodes(CREATE, { i: networkMeetings })).toEqual(['FORBIDDEN']);
    }
    expect(await client.as(await signedIn(db, 'ADMIN')).errorCodes(CREATE, { i: networkMeetings })).toEqual([]);
  });
});

describe('updateTarget', () => {
  it('changes the fields given, bumps the version and audits the difference', async () => {
    const target = await create();
    const updated = (await client.data(UPDATE, { i: { id: target.id, version: 1, value: 5 } })).updateTarget;
    expect(updated).toMatchObject({ ...networkMeetings, value: 5, version: 2 });
    const [, entry] = await auditOf(target.id);
    expect(entry).toEqual({ action: 'UPDATE', diff: { value: { before: 4, after: 5 } } });
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const target = await create();
    await client.data(UPDATE, { i: { id: target.id, version: 1, value: 6 } });
    expect(await client.errorCodes(UPDATE, { i: { id: target.id, version: 1, value: 7 } })).toEqual(['CONFLICT']);
    const [row] = await q(`SELECT value, version FROM targets WHERE id = $1`, [target.id]);
    expect(row).toEqual({ value: 6, version: 2 });
    expect(await auditOf(target.id)).toHaveLength(2); // CREATE and one UPDATE
  });

  it('lets exactly one of two writers with the same version win', async () => {
    const target = await create();
    const results = await Promise.all(
      [8, 9].map((value) => client.execute(UPDATE, { i: { id: target.id, version: 1, value } })),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('checks the whole target after merging the change', async () => {
    const target = await create();
    expect(await errors(UPDATE, { i: { id: target.id, version: 1, periodEnd: '2015-06-30' } })).toEqual([
      ['BAD_USER_INPUT', 'periodEnd: Sluttdatoen kan ikke være før startdatoen.'],
    ]);
    expect(await errors(UPDATE, { i: { id: target.id, version: 1, metric: 'JOBS' } })).toEqual([
      ['BAD_USER_INPUT', 'meetingKind: Møtetype kan bare settes på mål for møter.'],
    ]);
    const jobs = (await client.data(UPDATE, { i: { id: target.id, version: 1, metric: 'JOBS', meetingKind: null } })).updateTarget;
    expect(jobs).toMatchObject({ metric: 'JOBS', meetingKind: null, version: 2 });
    expect(await errors(UPDATE, { i: { id: target.id, version: 2, value: -3 } })).toEqual([['BAD_USER_INPUT', 'value: Verdien kan ikke være negativ.']]);
  });

  it('answers NOT_FOUND for an unknown target', async () => {
    expect(await client.errorCodes(UPDATE, { i: { id: '00000000-0000-4000-8000-000000000000', version: 1, value: 1 } })).toEqual(['NOT_FOUND']);
  });
});

describe('retireTarget', () => {
  it('takes the target out of force, keeps the row and audits it', async () => {
    const target = await create();
    const retired = (await client.data(RETIRE, { id: target.id, v: 1 })).retireTarget;
    expect(retired.retiredAt).not.toBeNull();
    expect(retired.version).toBe(2);
    expect((await client.data('{ targets { id } }')).targets.map((t: any) => t.id)).not.toContain(target.id);
    expect((await auditOf(target.id)).map((e: any) => e.action)).toEqual(['CREATE', 'RETIRE']);
    expect(await errors(UPDATE, { i: { id: target.id, version: 2, value: 1 } })).toEqual([
      ['BAD_USER_INPUT', 'Målet er avsluttet og kan ikke endres.'],
    ]);
  });

  it('answers a stale version with CONFLICT', async () => {
    const target = await create();
    await client.data(UPDATE, { i: { id: target.id, version: 1, value: 2 } });
    expect(await client.errorCodes(RETIRE, { id: target.id, v: 1 })).toEqual(['CONFLICT']);
    expect((await q(`SELECT retired_at FROM targets WHERE id = $1`, [target.id]))[0].retired_at).toBeNull();
  });
});
