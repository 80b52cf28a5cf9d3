import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer';
import { RegisterImportSource } from '../../src/modules/register-import/register-import.entity';
import { RegisterImportService } from '../../src/modules/register-import/register-import.service';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createDataTestDatabase } from './support/data-database';

vi.mock('../../src/shared/database/entities', async (io) => (await import('./support/data-modules.js')).withDataEntities(io as any));
vi.mock('../../src/shared/database/migrations', async (io) => (await import('./support/data-modules.js')).withDataMigrations(io as any));
vi.mock('../../src/app/build-schema', async (io) => (await import('./support/data-modules.js')).withDataResolvers(io as any));

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let member: Viewer;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

const CANDIDATES = `query($f: ProspectCandidateFilter, $first: Int, $after: String) {
  prospectCandidates(filter: $f, first: $first, after: $after) {
    totalCount
    edges { cursor node { orgNumber name employees industryCode municipality { number name } suggestedFocusArea { key } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE = `mutation($o: String!, $f: [ID!], $k: String) {
  createProspectFromRegister(orgNumber: $o, focusAreaIds: $f, idempotencyKey: $k) {
    id name orgNumber employees industryCode legalForm address postalCode postalPlace website source focusAreas { key }
  }
}`;

const numbers = async (filter?: object) =>
  (await client.data(CANDIDATES, { f: filter, first: 50 })).prospectCandidates.edges.map((e: any) => e.node.orgNumber);

beforeAll(async () => {
  db = await createDataTestDatabase();
  // The sample's region: 999900003 (16.110, 23), 011 (21.200, 41), 038 (52.100, 12), 046 (86.992, 6),
  // 054 (72.110, 9), 062 (35.300, 4), 097 (ENK 02.200, no count).
  await new RegisterImportService(db.dataSource.manager).run(fs.createReadStream(path.join(__dirname, 'fixtures/enheter-sample.csv')), {
    scope: { municipalities: ['3420', '3419', '3422'], industryPrefixes: [] },
    source: RegisterImportSource.CLI,
  });
  // A deleted and a bankrupt entity of the region are not suggested by default.
  await q(`INSERT INTO register_entities (org_number, name, municipality, bankrupt, under_liquidation, deleted_on, content_hash, imported_at)
           VALUES ('999900127', 'SLETTET AS', '3420', false, false, '2024-01-01', 'x', now()),
                  ('999900135', 'KONKURS AS', '3420', true, false, null, 'x', now())`);
  const f = factories(db);
  await f.prospect({ name: 'Eksempel Tre og Bio AS', orgNumber: '999900003' }); // already in the pipeline
  await f.prospect({ name: 'Glomma Farma AS', orgNumber: '999900011', archived: true }); // archived: already known
  member = await signedIn(db, 'MEMBER');
  client = await createTestClient(db, member);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('finding new prospects in the register copy', () => {
  it('lists the region\'s companies not yet in Magnet (archived ones count as known), biggest first, unknown counts last', async () => {
    expect(await numbers()).toEqual(['999900038', '999900054', '999900046', '999900062', '999900097']);
    expect(await numbers({ includeInactive: true })).toEqual(['999900038', '999900054', '999900046', '999900062', '999900097', '999900127', '999900135']);
  });

  it('filters by industry code prefix, minimum employees and municipality (old numbers too)', async () => {
    expect(await numbers({ industryCodes: ['52', '86.9'] })).toEqual(['999900038', '999900046']);
    expect(await numbers({ minEmployees: 9 })).toEqual(['999900038', '999900054']);
    expect(await numbers({ municipalities: ['0429'] })).toEqual(['999900038', '999900062']);
    expect(await numbers({ municipalities: ['3419'], minEmployees: 0 })).toEqual(['999900046']);
    const result = await client.execute(CANDIDATES, { f: { industryCodes: ['Skog'] } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggests the focus area of the industry code, and names the municipality', async () => {
    const nodes = (await client.data(CANDIDATES, { first: 50 })).prospectCandidates.edges.map((e: any) => e.node);
    const byNumber = Object.fromEntries(nodes.map((n: any) => [n.orgNumber, n]));
    expect(byNumber['999900038'].suggestedFocusArea).toEqual({ key: 'DEFENCE_LOGISTICS' }); // 52.100
    expect(byNumber['999900054'].suggestedFocusArea).toEqual({ key: 'BIOECONOMY_PHARMA' }); // 72.110
    expect(byNumber['999900046'].suggestedFocusArea).toEqual({ key: 'PUBLIC_HEALTH' }); // 86.992
    expect(byNumber['999900062'].suggestedFocusArea).toEqual({ key: 'BIOECONOMY' }); // 35.300
    expect(byNumber['999900097'].suggestedFocusArea).toEqual({ key: 'BIOECONOMY' }); // 02.200
    expect(byNumber['999900038'].municipality).toEqual({ number: '3422', name: 'Åmot' });
  });

  it('pages with a cursor, every candidate once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const connection: any = (await client.data(CANDIDATES, { first: 2, after })).prospectCandidates;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((e: any) => e.node.orgNumber));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(await numbers());
    expect((await client.execute(CANDIDATES, { first: 2, after: 'bogus' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is closed to BOARD: sole proprietorships are named after their owners', async () => {
    expect(await client.as(await signedIn(db, 'BOARD')).errorCodes(CANDIDATES, { first: 5 })).toEqual(['FORBIDDEN']);
  });
});

describe('making a candidate a company', () => {
  it('creates it in the first stage with the register fields, logs the stage and audits; the suggestion is not applied by itself', async () => {
    const created = (await client.data(CREATE, { o: '999 900 038' })).createProspectFromRegister;
    expect(created).toMatchObject({
      name: 'RENA LOGISTIKK AS', orgNumber: '999900038', employees: 12, industryCode: '52.100', legalForm: 'AS',
      address: 'Leirvegen 4', postalCode: '2450', postalPlace: 'RENA', website: null, source: 'Enhetsregisteret', focusAreas: [],
    });
    const [row] = await q(`SELECT p.municipality, s.key FROM prospects p JOIN stages s ON s.id = p.stage_id WHERE p.id = $1`, [created.id]);
    expect(row).toEqual({ municipality: '3422', key: 'IDENTIFIED' });
    expect(await q(`SELECT from_stage_id, changed_by_id FROM stage_changes WHERE prospect_id = $1`, [created.id])).toEqual([
      { from_stage_id: null, changed_by_id: member.id },
    ]);
    expect(await q(`SELECT action, actor_id FROM audit_entries WHERE entity = 'Prospect' AND entity_id = $1`, [created.id])).toEqual([
      { action: 'CREATE', actor_id: member.id },
    ]);
    expect(await numbers()).not.toContain('999900038');
  });

  it('takes the focus areas the user chose', async () => {
    const areas = await factories(db).focusAreaIds();
    const created = (await client.data(CREATE, { o: '999900054', f: [areas.BIOECONOMY_PHARMA] })).createProspectFromRegister;
    expect(created.focusAreas).toEqual([{ key: 'BIOECONOMY_PHARMA' }]);
  });

  it.each([
    ['999900003', /allerede en bedrift i Magnet: Eksempel Tre og Bio AS/],
    ['999900011', /arkivert\)\. Gjenopprett/],
    ['999900038', /allerede en bedrift/],
  ])('refuses %s, already a company, and writes nothing', async (orgNumber, message) => {
    const [{ n: before }] = await q(`SELECT count(*)::int AS n FROM prospects`);
    const result = await client.execute(CREATE, { o: orgNumber });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await q(`SELECT count(*)::int AS n FROM prospects`)).toEqual([{ n: before }]);
  });

  it('answers NOT_FOUND outside the copy, and an idempotent retry returns the first company', async () => {
    expect(await client.errorCodes(CREATE, { o: '974760673' })).toEqual(['NOT_FOUND']);
    const first = (await client.data(CREATE, { o: '999900046', k: 'fra-registeret-1' })).createProspectFromRegister;
    const retry = (await client.data(CREATE, { o: '999900046', k: 'fra-registeret-1' })).createProspectFromRegister;
    expect(retry.id).toBe(first.id);
  });
});
