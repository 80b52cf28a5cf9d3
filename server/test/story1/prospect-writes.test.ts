import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let stages: Record<string, string>;
let areas: Record<string, string>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
const count = async (table: string) => (await q(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

const CREATE = `mutation($i: CreateProspectInput!, $k: String) {
  createProspect(input: $i, idempotencyKey: $k) {
    id name orgNumber version municipality { number } targetMunicipality { number name }
    stage { key } focusAreas { key } stageHistory { from { key } to { key } by { id } }
  }
}`;
const MOVE = `mutation($i: MoveProspectInput!) {
  moveProspect(input: $i) { id version stage { key } realizedJobs newResidents lostReason }
}`;
const UPDATE = `mutation($i: UpdateProspectInput!) { updateProspect(input: $i) { id version name estimatedJobs focusAreas { key } } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  const leader = await signedIn(db, 'LEADER', 'Lars Nygård');
  client = await createTestClient(db, leader);
  stages = await factories(db).stageIds();
  areas = await factories(db).focusAreaIds();
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

async function create(input: Record<string, unknown>, key?: string) {
  return (await client.data(CREATE, { i: input, k: key })).createProspect;
}

describe('creating a company', () => {
  it('validates and normalises the organisation number, maps old municipality numbers, and logs the first stage', async () => {
    const p = await create({
      name: 'Glomma Farma AS', orgNumber: '952 857 991', municipality: '0427', targetMunicipality: '0429',
      focusAreaIds: [areas.BIOECONOMY_PHARMA, areas.PUBLIC_HEALTH], estimatedJobs: 12,
    });
    expect(p).toMatchObject({
      name: 'Glomma Farma AS', orgNumber: '952857991', version: 1,
      municipality: { number: '3420' }, targetMunicipality: { number: '3422', name: 'Åmot' },
      stage: { key: 'IDENTIFIED' }, focusAreas: [{ key: 'BIOECONOMY_PHARMA' }, { key: 'PUBLIC_HEALTH' }],
    });
    expect(p.stageHistory).toHaveLength(1);
    expect(p.stageHistory[0]).toMatchObject({ from: null, to: { key: 'IDENTIFIED' } });
    const [audit] = await q(`SELECT action, diff FROM audit_entries WHERE entity = 'Prospect' AND entity_id = $1`, [p.id]);
    expect(audit.action).toBe('CREATE');
    expect(audit.diff.name).toEqual({ before: null, after: 'Glomma Farma AS' });
  });

  it.each([
    [{ orgNumber: '123456789' }, /Organisasjonsnummeret er ugyldig/],
    [{ orgNumber: '12345678' }, /Organisasjonsnummeret er ugyldig/],
    [{ orgNumber: '952857992' }, /kontrollsifferet/],
    [{ name: '  ' }, /Navnet må fylles ut/],
    [{ expectedDecisionDate: '2026-02-30' }, /Datoen finnes ikke i kalenderen/],
    [{ expectedDecisionDate: '30.01.2026' }, /åååå-mm-dd/],
    [{ estimatedJobs: -3 }, /kan ikke være negativt/],
    [{ targetMunicipality: '34' }, /Kommunenummer har fire sifre/],
    [{ focusAreaIds: ['00000000-0000-4000-8000-000000000000'] }, /Ukjent fokusområde/],
    [{ stageId: 'WON' }, /Ugyldig id/],
    [{ source: 'nett\u0000verk' }, /ugyldig tegn \(NUL\)/],
  ])('refuses %o with a Norwegian message and writes nothing', async (bad, message) => {
    const before = await Promise.all(['prospects', 'stage_changes', 'audit_entries'].map(count));
    const result = await client.execute(CREATE, { i: { name: 'Feil AS', ...bad } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await Promise.all(['prospects', 'stage_changes', 'audit_entries'].map(count))).toEqual(before);
  });

  it('refuses to start a company in a closed stage', async () => {
    const codes = await client.errorCodes(CREATE, { i: { name: 'Lukket AS', stageId: stages.WON } });
    expect(codes).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps organisation numbers unique among active companies; an archived one may be added again', async () => {
    const first = await create({ name: 'Rena Logistikk AS', orgNumber: '974760673' });
    const dup = await client.execute(CREATE, { i: { name: 'Duplikat AS', orgNumber: '974 760 673' } });
    expect(dup.errors?.[0]?.message).toBe('Det finnes allerede en aktiv bedrift med organisasjonsnummer 974 760 673: Rena Logistikk AS.');

    await client.data(`mutation($id: ID!) { archiveProspect(id: $id, version: 1) { id } }`, { id: first.id });
    const again = await create({ name: 'Rena Logistikk AS (ny)', orgNumber: '974760673' });
    expect(again.orgNumber).toBe('974760673');
    // Restoring the archived one now would make two active: refused.
    const restore = await client.execute(`mutation($id: ID!) { restoreProspect(id: $id, version: 2) { id } }`, { id: first.id });
    expect(restore.errors?.[0]?.message).toMatch(/Det finnes allerede en aktiv bedrift/);
  });

  it('is idempotent: a retry with the same key returns the first company and creates nothing', async () => {
    const before = await count('prospects');
    const a = await create({ name: 'Idempotent AS' }, 'retry-key-0001');
    const b = await create({ name: 'Idempotent AS' }, 'retry-key-0001');
    expect(b.id).toBe(a.id);
    // Two retries in flight at once (on PostgreSQL truly concurrent): still one company.
    const [c, d] = await Promise.all([create({ name: 'Parallell AS' }, 'retry-key-0002'), create({ name: 'Parallell AS' }, 'retry-key-0002')]);
    expect(c.id).toBe(d.id);
    expect(await count('prospects')).toBe(before + 2);
    const reuse = await client.execute(`mutation($i: CreateContactInput!) { createContact(input: $i, idempotencyKey: "retry-key-0001") { id } }`, {
      i: { prospectId: a.id, name: 'Kari' },
    });
    expect(reuse.errors?.[0]?.message).toMatch(/allerede brukt/);
  });
});

describe('moving a company between stages', () => {
  it('logs each move; WON asks for jobs and residents (0 allowed); LOST asks for a reason; reopening keeps history', async () => {
    const p = await create({ name: 'Flytt AS', estimatedJobs: 10 });
    const moved = (await client.data(MOVE, { i: { id: p.id, version: 1, stageId: stages.DIALOGUE } })).moveProspect;
    expect(moved).toMatchObject({ stage: { key: 'DIALOGUE' }, version: 2 });

    const noJobs = await client.execute(MOVE, { i: { id: p.id, version: 2, stageId: stages.WON } });
    expect(noJobs.errors?.[0]?.message).toMatch(/realiserte arbeidsplasser og nye innbyggere \(0 er lov\)/);
    const won = (await client.data(MOVE, { i: { id: p.id, version: 2, stageId: stages.WON, realizedJobs: 8, newResidents: 0 } })).moveProspect;
    expect(won).toMatchObject({ stage: { key: 'WON' }, realizedJobs: 8, newResidents: 0 });

    const reopened = (await client.data(MOVE, { i: { id: p.id, version: 3, stageId: stages.DECISION } })).moveProspect;
    expect(reopened).toMatchObject({ stage: { key: 'DECISION' }, realizedJobs: null });

    const noReason = await client.execute(MOVE, { i: { id: p.id, version: 4, stageId: stages.LOST } });
    expect(noReason.errors?.[0]?.message).toBe('Oppgi hvorfor bedriften ble avsluttet.');
    const lost = (await client.data(MOVE, { i: { id: p.id, version: 4, stageId: stages.LOST, lostReason: 'Valgte Sverige' } })).moveProspect;
    expect(lost.lostReason).toBe('Valgte Sverige');

    const history = await q(
      `SELECT f.key AS "from", t.key AS "to" FROM stage_changes sc LEFT JOIN stages f ON f.id = sc.from_stage_id
         JOIN stages t ON t.id = sc.to_stage_id WHERE sc.prospect_id = $1 ORDER BY sc.changed_at`,
      [p.id],
    );
    expect(history).toEqual([
      { from: null, to: 'IDENTIFIED' },
      { from: 'IDENTIFIED', to: 'DIALOGUE' },
      { from: 'DIALOGUE', to: 'WON' },
      { from: 'WON', to: 'DECISION' },
      { from: 'DECISION', to: 'LOST' },
    ]);
  });

  it('reorders within a column without a log entry', async () => {
    const a = await create({ name: 'Kort A AS' });
    const b = await create({ name: 'Kort B AS' });
    await client.data(MOVE, { i: { id: b.id, version: 1, stageId: stages.IDENTIFIED, beforeId: a.id } });
    const [pa, pb] = await Promise.all([a.id, b.id].map(async (id) => (await q('SELECT position FROM prospects WHERE id = $1', [id]))[0].position));
    expect(pb).toBeLessThan(pa);
    const [{ n }] = await q('SELECT count(*)::int AS n FROM stage_changes WHERE prospect_id = $1', [b.id]);
    expect(n).toBe(1);
  });
});

describe('no lost updates', () => {
  it('of two writers with the same version exactly one wins; the other gets CONFLICT and changes nothing', async () => {
    const p = await create({ name: 'Samtidig AS', estimatedJobs: 1 });
    const results = await Promise.all(
      [11, 22].map((jobs) => client.execute(UPDATE, { i: { id: p.id, version: 1, estimatedJobs: jobs } })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.updateProspect;
    const [row] = await q('SELECT estimated_jobs, version FROM prospects WHERE id = $1', [p.id]);
    expect(row).toEqual({ estimated_jobs: winner.estimatedJobs, version: 2 });
    const loser = results.find((r) => r.errors)!;
    expect(loser.errors![0]!.message).toMatch(/endret av noen andre/);
  });

  it('checks the version on moves, archive and restore too', async () => {
    const p = await create({ name: 'Versjon AS' });
    await client.data(UPDATE, { i: { id: p.id, version: 1, name: 'Versjon 2 AS' } });
    expect(await client.errorCodes(MOVE, { i: { id: p.id, version: 1, stageId: stages.CONTACTED } })).toEqual(['CONFLICT']);
    expect(await client.errorCodes(`mutation($id: ID!) { archiveProspect(id: $id, version: 1) { id } }`, { id: p.id })).toEqual(['CONFLICT']);
    const [{ n }] = await q('SELECT count(*)::int AS n FROM stage_changes WHERE prospect_id = $1', [p.id]);
    expect(n).toBe(1);
  });

  it('updates only the fields given, replaces focus areas, and clears a field given as null', async () => {
    const p = await create({ name: 'Delvis AS', estimatedJobs: 4, focusAreaIds: [areas.BIOECONOMY] });
    const updated = (await client.data(UPDATE, { i: { id: p.id, version: 1, focusAreaIds: [areas.DEFENCE_LOGISTICS] } })).updateProspect;
    expect(updated).toMatchObject({ name: 'Delvis AS', estimatedJobs: 4, focusAreas: [{ key: 'DEFENCE_LOGISTICS' }] });
    const cleared = (await client.data(UPDATE, { i: { id: p.id, version: 2, estimatedJobs: null } })).updateProspect;
    expect(cleared.estimatedJobs).toBeNull();
    const [audit] = await q(`SELECT diff FROM audit_entries WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY at LIMIT 1`, [p.id]);
    expect(audit.diff.focusAreaIds).toEqual({ before: [areas.BIOECONOMY], after: [areas.DEFENCE_LOGISTICS] });
  });
});
