import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { seedDemoIfEmpty } from '../../src/modules/demo/demo.seed';
import {
  liveStatistics,
  liveTargetProgress,
  summedStatistics,
  summedTargetProgress,
  wholeMonths,
  type Period,
} from '../../src/modules/stats/stats.queries';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

/**
 * The unfiltered statistics are sums of cells that triggers maintain
 * (docs/decisions/007). Two properties keep them exact: after any write the
 * cells equal a rebuild from scratch, and their sums equal the live
 * aggregation of the same figures over the companies.
 */
let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

const periods: Period[] = [
  { from: '2015-07-01', to: '2018-06-30' }, // whole months only
  { from: '2016-01-01', to: '2016-12-31' },
  { from: '2017-03-15', to: '2017-09-10' }, // days around whole months
  { from: '2016-02-03', to: '2016-02-27' }, // days inside one month
  { from: '2015-01-01', to: '2030-12-31' }, // everything, today included
];

/** Rows in a stable order, so the two paths compare however SQL listed them. */
function normalized(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalized).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v)]));
  return value;
}
async function expectSumsEqualLive() {
  const em = db.dataSource.manager;
  // The day after a company's creation, alone: cells of the days before it in the same month must stay out.
  const [{ day }] = await q(`
    SELECT (stats_oslo_day(created_at) + 1)::text AS day FROM prospects
     WHERE extract(day FROM stats_oslo_day(created_at)) < 27 ORDER BY created_at LIMIT 1`);
  for (const period of [...periods, { from: day, to: day }]) {
    const [summed, live] = await Promise.all([summedStatistics(em, period), liveStatistics(em, {}, period)]);
    expect(normalized(summed), `${period.from} – ${period.to}`).toEqual(normalized(live));
  }
  const progress = await summedTargetProgress(em);
  expect(progress.targets!.length).toBeGreaterThanOrEqual(8);
  expect(normalized(progress)).toEqual(normalized(await liveTargetProgress(em, {})));
}

async function expectCellsEqualRebuild() {
  const cells = () =>
    q(`SELECT family, grain, day::text, dim, key, open_position, ever_won, category, companies::int, jobs::int, residents::int, weighted_percent::int
         FROM stats_cells WHERE companies <> 0 OR jobs <> 0 OR residents <> 0 OR weighted_percent <> 0
        ORDER BY family, grain, day, dim, key, open_position, ever_won, category`);
  const meetingDays = () => q(`SELECT day::text, kind, meetings::int FROM stats_meeting_days WHERE meetings <> 0 ORDER BY day, kind`);
  const facts = () => q(`SELECT * FROM stats_prospect_facts ORDER BY prospect_id`);
  const maintained = { cells: await cells(), meetingDays: await meetingDays(), facts: await facts() };
  await q(`SELECT stats_rebuild()`);
  expect(maintained.cells.length).toBeGreaterThan(0);
  expect(maintained).toEqual({ cells: await cells(), meetingDays: await meetingDays(), facts: await facts() });
  expect(await q(`SELECT count(*)::int AS n FROM stats_dirty`)).toEqual([{ n: 0 }]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoIfEmpty(db.dataSource.manager, { password: 'demo-passord-123' });
  client = await createTestClient(db, await signedIn(db, 'LEADER'));
  // Targets whose periods start mid-month, end in a few days, or hold only today: progress is cells up to yesterday plus today's rows.
  await q(`
    INSERT INTO targets (metric, meeting_kind, period_start, period_end, value, per_year) VALUES
      ('JOBS', NULL, '2016-03-15', stats_oslo_day(now()) + 30, 50, false),
      ('ESTABLISHMENTS', NULL, '2017-02-10', '2017-02-20', 1, false),
      ('RESIDENTS', NULL, stats_oslo_day(now()) - 40, stats_oslo_day(now()), 10, false),
      ('MEETINGS', 'SITE_VISIT', stats_oslo_day(now()), stats_oslo_day(now()) + 3, 2, false),
      ('MEETINGS', 'DIALOGUE_MEETING', '2016-05-01', '2016-06-15', 2, false)`);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('maintained statistics', () => {
  it('splits a period into whole months and the days around them', () => {
    expect(wholeMonths({ from: '2015-07-01', to: '2018-06-30' })).toEqual({ from: '2015-07-01', to: '2018-07-01' });
    expect(wholeMonths({ from: '2017-03-15', to: '2017-09-10' })).toEqual({ from: '2017-04-01', to: '2017-09-01' });
    expect(wholeMonths({ from: '2016-12-02', to: '2016-12-31' })).toEqual({ from: '2017-01-01', to: '2017-01-01' });
    expect(wholeMonths({ from: '2016-02-03', to: '2016-02-27' })).toEqual({ from: '2016-02-01', to: '2016-02-01' });
  });

  it('are built by the migration from the demo history, equal to the live figures', async () => {
    await expectCellsEqualRebuild();
    await expectSumsEqualLive();
  });

  it('stay exact through the writes of the API: moves, reopening, edits, archiving, meetings', async () => {
    const stages = Object.fromEntries((await q(`SELECT key, id FROM stages`)).map((r: any) => [r.key, r.id]));
    const areas = (await q(`SELECT id FROM focus_areas ORDER BY position`)).map((r: any) => r.id);
    const created = (
      await client.data(`mutation($i: CreateProspectInput!) { createProspect(input: $i) { id version } }`, {
        i: { name: 'Trigger Test AS', focusAreaIds: [areas[0], areas[2]], targetGroup: 'EXPANDING_COMPANY', targetMunicipality: '0427', estimatedJobs: 12 },
      })
    ).createProspect;
    let version: number = created.version;
    const move = async (stage: string, extra: Record<string, unknown> = {}) => {
      const { moveProspect } = await client.data(`mutation($i: MoveProspectInput!) { moveProspect(input: $i) { version } }`, {
        i: { id: created.id, stageId: stages[stage], version, ...extra },
      });
      version = moveProspect.version;
    };
    const update = async (fields: Record<string, unknown>) => {
      const { updateProspect } = await client.data(`mutation($i: UpdateProspectInput!) { updateProspect(input: $i) { version } }`, {
        i: { id: created.id, version, ...fields },
      });
      version = updateProspect.version;
    };
    await move('DIALOGUE');
    await move('DECISION');
    await move('WON', { realizedJobs: 9, newResidents: 4 });
    await expectSumsEqualLive();
    await move('CONSIDERING'); // reopened: no longer an establishment
    await update({ focusAreaIds: [areas[1]], targetGroup: 'LOCAL_GROWTH', targetMunicipality: '3419' });
    await update({ estimatedJobs: 30 }); // the weighted pipeline alone
    await expectCellsEqualRebuild();
    await move('LOST', { lostReason: 'Valgte Sverige' });
    version = (await client.data(`mutation($id: ID!, $v: Int!) { archiveProspect(id: $id, version: $v) { version } }`, { id: created.id, v: version }))
      .archiveProspect.version;
    version = (await client.data(`mutation($id: ID!, $v: Int!) { restoreProspect(id: $id, version: $v) { version } }`, { id: created.id, v: version }))
      .restoreProspect.version;
    const meeting = (
      await client.data(`mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id version } }`, {
        i: { kind: 'SITE_VISIT', startsAt: new Date().toISOString(), prospectIds: [created.id], minutes: 'Omvisning' },
      })
    ).createMeeting;
    // One more site visit that stays today, for the targets that hold today.
    await client.data(`mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`, {
      i: { kind: 'SITE_VISIT', startsAt: new Date(Date.now() - 60_000).toISOString(), prospectIds: [created.id] },
    });
    const [today] = await q(`SELECT id FROM targets WHERE metric = 'MEETINGS' AND period_start = stats_oslo_day(now())`);
    expect((await summedTargetProgress(db.dataSource.manager)).targets!.find((t) => t.id === today.id)!.realized).toBe(2);
    const moved = (
      await client.data(`mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id version } }`, {
        i: { id: meeting.id, version: meeting.version, kind: 'DIALOGUE_MEETING', startsAt: '2016-05-31T22:30:00Z' },
      })
    ).updateMeeting;
    await expectCellsEqualRebuild();
    await expectSumsEqualLive();
    await client.data(`mutation($id: ID!, $v: Int!) { deleteMeeting(id: $id, version: $v) }`, { id: meeting.id, v: moved.version });
    await expectCellsEqualRebuild();
  });

  it('stay exact when many moves commit at once', async () => {
    const stages = Object.fromEntries((await q(`SELECT key, id FROM stages`)).map((r: any) => [r.key, r.id]));
    const open: { id: string; version: number }[] = await q(
      `SELECT p.id, p.version FROM prospects p JOIN stages s ON s.id = p.stage_id WHERE s.category = 'OPEN' AND p.archived_at IS NULL ORDER BY p.name LIMIT 12`,
    );
    const results = await Promise.all(
      open.map((p, i) =>
        client.execute(`mutation($i: MoveProspectInput!) { moveProspect(input: $i) { id } }`, {
          i: i % 3 === 0 ? { id: p.id, version: p.version, stageId: stages.WON, realizedJobs: i, newResidents: 1 }
            : i % 3 === 1 ? { id: p.id, version: p.version, stageId: stages.LOST, lostReason: 'Nei' }
            : { id: p.id, version: p.version, stageId: stages.DECISION },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    // Today's closings count at once: the residents target of the last 40 days holds the companies won just now.
    const [recent] = await q(`SELECT id FROM targets WHERE metric = 'RESIDENTS' AND period_end = stats_oslo_day(now())`);
    const progress = await summedTargetProgress(db.dataSource.manager);
    expect(progress.targets!.find((t) => t.id === recent.id)!.realized).toBe(open.filter((_, i) => i % 3 === 0).length);
    await expectCellsEqualRebuild();
    await expectSumsEqualLive();
  });

  it("stay exact when a stage's probability changes: its companies' weighted jobs follow in the same transaction", async () => {
    const [stage] = await q(`SELECT id, version, probability_percent FROM stages WHERE key = 'DIALOGUE'`);
    // Hand-computed from the rows: Σ estimated jobs of the companies open in the stage now.
    const [{ jobs }] = await q(
      `SELECT coalesce(sum(estimated_jobs), 0)::int AS jobs FROM prospects WHERE stage_id = $1 AND archived_at IS NULL`,
      [stage.id],
    );
    expect(jobs).toBeGreaterThan(0);
    const weighted = async () =>
      (await client.data(`{ statistics(period: { from: "2016-01-01", to: "2016-12-31" }) { jobs { weightedPipeline } } }`)).statistics.jobs
        .weightedPipeline as number;
    const before = await weighted();
    // Only the stage's companies are marked for the refresh at commit, not every company (seen before a rollback).
    const runner = db.dataSource.createQueryRunner();
    await runner.startTransaction();
    let marked: number;
    try {
      await runner.query(`UPDATE stages SET probability_percent = probability_percent, name_en = 'Talking' WHERE id = $1`, [stage.id]);
      await runner.query(`UPDATE stages SET probability_percent = 40 WHERE id = $1`, [stage.id]);
      marked = (await runner.query(`SELECT count(*)::int AS n FROM stats_dirty`))[0].n;
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const [{ inStage }] = await q(`SELECT count(*)::int AS "inStage" FROM prospects WHERE stage_id = $1`, [stage.id]);
    expect(marked).toBe(inStage);

    await client.data(`mutation($i: UpdateStageInput!) { updateStage(input: $i) { version } }`, {
      i: { id: stage.id, version: stage.version, probabilityPercent: 40 },
    });
    expect(await weighted()).toBeCloseTo(before + (jobs * (40 - stage.probability_percent)) / 100, 6);
    await expectCellsEqualRebuild();
    await expectSumsEqualLive();
  });
});
