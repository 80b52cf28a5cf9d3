import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let stages: Record<string, string>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

beforeAll(async () => {
  db = await createTestDatabase();
  const leader = await signedIn(db, 'LEADER');
  client = await createTestClient(db, leader);
  stages = await factories(db).stageIds();
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

/** Runs the same edit twice at once with one version: exactly one must win. */
async function expectOneWinner(mutation: string, inputs: Record<string, unknown>[]) {
  const results = await Promise.all(inputs.map((i) => client.execute(mutation, { i })));
  const codes = results.map((r) => (r.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK').sort();
  expect(codes).toEqual([...Array(inputs.length - 1).fill('CONFLICT'), 'OK']);
}

describe('two writers with the same version: one success, one CONFLICT', () => {
  it('for every editable entity', async () => {
    const prospectId = await factories(db).prospect({ name: 'Samtidig AS' });
    await expectOneWinner(`mutation($i: UpdateProspectInput!) { updateProspect(input: $i) { id } }`, [
      { id: prospectId, version: 1, estimatedJobs: 1 },
      { id: prospectId, version: 1, estimatedJobs: 2 },
    ]);
    const [contact] = await q(`INSERT INTO contacts (prospect_id, name) VALUES ($1, 'Kari') RETURNING id`, [prospectId]);
    await expectOneWinner(`mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`, [
      { id: contact.id, version: 1, title: 'A' },
      { id: contact.id, version: 1, title: 'B' },
    ]);
    const [meeting] = await q(`INSERT INTO meetings (kind, starts_at) VALUES ('OTHER', now()) RETURNING id`);
    await expectOneWinner(`mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id } }`, [
      { id: meeting.id, version: 1, minutes: 'A' },
      { id: meeting.id, version: 1, followUpDone: true },
    ]);
    const [user] = await q(`INSERT INTO users (name, email, role) VALUES ('U', 'u-conc@magnet.example', 'MEMBER') RETURNING id`);
    const admin = await signedIn(db, 'ADMIN');
    const both = await Promise.all(
      ['LEADER', 'BOARD'].map((role) =>
        client.as(admin).execute(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`, { i: { id: user.id, version: 1, role } }),
      ),
    );
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);

    const [target] = await q(`SELECT id, version FROM targets WHERE metric = 'JOBS' AND retired_at IS NULL LIMIT 1`);
    await expectOneWinner(`mutation($i: UpdateTargetInput!) { updateTarget(input: $i) { id } }`, [
      { id: target.id, version: target.version, value: 110 },
      { id: target.id, version: target.version, value: 120 },
    ]);
    const view = (
      await client.data(`mutation($i: SaveViewInput!) { saveView(input: $i) { id version } }`, { i: { name: 'Samtidig', filter: {} } })
    ).saveView;
    await expectOneWinner(`mutation($i: UpdateViewInput!) { updateView(input: $i) { id } }`, [
      { id: view.id, version: view.version, name: 'A' },
      { id: view.id, version: view.version, name: 'B' },
    ]);
    const [area] = await q(`SELECT id, version FROM focus_areas WHERE key = 'PUBLIC_HEALTH'`);
    await expectOneWinner(`mutation($i: UpdateFocusAreaInput!) { updateFocusArea(input: $i) { id } }`, [
      { id: area.id, version: area.version, color: '#111111' },
      { id: area.id, version: area.version, nameEn: 'Health' },
    ]);
    const [stage] = await q(`SELECT id, version FROM stages WHERE key = 'DECISION'`);
    await expectOneWinner(`mutation($i: UpdateStageInput!) { updateStage(input: $i) { id } }`, [
      { id: stage.id, version: stage.version, probabilityPercent: 80 },
      { id: stage.id, version: stage.version, staleAfterDays: 20 },
    ]);
    const [retention] = await q(`SELECT version FROM app_settings WHERE key = 'retention'`);
    const settings = await Promise.all(
      [24, 36].map((months) =>
        client.as(admin).execute(`mutation($m: Int, $v: Int!) { updateRetentionSettings(months: $m, version: $v) { version } }`, { m: months, v: retention.version }),
      ),
    );
    expect(settings.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('parallel stage moves of one company leave a log that replays to its current stage', async () => {
    const id = await factories(db).prospect({ name: 'Parallelle flytt AS' });
    await q(`INSERT INTO stage_changes (prospect_id, to_stage_id, changed_at) VALUES ($1, $2, now())`, [id, stages.IDENTIFIED]);
    const move = `mutation($i: MoveProspectInput!) { moveProspect(input: $i) { version } }`;
    let version = 1;
    let current = stages.IDENTIFIED;
    for (let round = 0; round < 3; round++) {
      // Four writers race, each to a different stage than the current one.
      const targets = [stages.CONTACTED, stages.DIALOGUE, stages.CONSIDERING, stages.DECISION, stages.IDENTIFIED]
        .filter((s) => s !== current)
        .slice(0, 4);
      const results = await Promise.all(targets.map((stageId) => client.execute(move, { i: { id, version, stageId } })));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(3);
      version = winners[0]!.data!.moveProspect.version;
      current = (await q(`SELECT stage_id FROM prospects WHERE id = $1`, [id]))[0].stage_id;
    }
    const log = await q(`SELECT from_stage_id, to_stage_id FROM stage_changes WHERE prospect_id = $1 ORDER BY changed_at, id`, [id]);
    for (let i = 1; i < log.length; i++) expect(log[i].from_stage_id).toBe(log[i - 1].to_stage_id);
    expect(log.at(-1).to_stage_id).toBe(current);
    expect(log).toHaveLength(4);
  });
});
