import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty, type SeedResult } from '../../src/modules/demo/demo.seed';
import { normalizeOrgNumber } from '../../src/modules/prospect/org-number';
import type { Database } from '../../src/shared/database/database';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let seeded: SeedResult | null;
const now = new Date('2026-11-26T12:00:00Z');
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

beforeAll(async () => {
  db = await createTestDatabase();
  seeded = await seedDemoIfEmpty(db.dataSource.manager, { now });
});
afterAll(() => db.close());

describe('the demo data', () => {
  it('holds about 60 companies across the four focus areas and every stage', async () => {
    expect(seeded!.prospects).toBeGreaterThanOrEqual(55);
    expect(seeded!.prospects).toBeLessThanOrEqual(65);
    const perArea = await q(
      `SELECT f.key, count(*)::int AS n FROM prospect_focus_areas pfa JOIN focus_areas f ON f.id = pfa.focus_area_id GROUP BY f.key`,
    );
    expect(perArea).toHaveLength(4);
    for (const row of perArea) expect(row.n).toBeGreaterThanOrEqual(10);
    const perStage = await q(`SELECT s.key, count(p.id)::int AS n FROM stages s LEFT JOIN prospects p ON p.stage_id = s.id GROUP BY s.key`);
    for (const row of perStage) expect(row.n, `companies in ${row.key}`).toBeGreaterThan(0);
  });

  it('uses fictional, valid organisation numbers and .example addresses', async () => {
    const prospects = await q('SELECT org_number, website FROM prospects');
    for (const p of prospects) {
      expect(normalizeOrgNumber(p.org_number)).toBe(p.org_number);
      expect(p.org_number).toMatch(/^9999/);
      expect(new URL(p.website).hostname).toMatch(/\.example$/);
    }
    const contacts = await q('SELECT email FROM contacts');
    expect(contacts.length).toBeGreaterThan(60);
    for (const c of contacts) expect(c.email).toMatch(/^[a-z.]+@[a-z0-9-]+\.example$/);
  });

  it('has a stage history that replays to each company’s current stage', async () => {
    const logs = await q(`
      SELECT p.id, p.stage_id, p.created_at,
             json_agg(json_build_object('from', sc.from_stage_id, 'to', sc.to_stage_id, 'at', sc.changed_at) ORDER BY sc.changed_at) AS log
        FROM prospects p JOIN stage_changes sc ON sc.prospect_id = p.id
       GROUP BY p.id`);
    expect(logs).toHaveLength(seeded!.prospects);
    for (const { stage_id, created_at, log } of logs) {
      expect(log[0].from).toBeNull(); // creation writes the first entry
      expect(new Date(log[0].at).getTime()).toBe(new Date(created_at).getTime());
      for (let i = 1; i < log.length; i++) {
        expect(log[i].from).toBe(log[i - 1].to); // each move starts where the last ended
        expect(new Date(log[i].at).getTime()).toBeGreaterThan(new Date(log[i - 1].at).getTime());
      }
      expect(log.at(-1).to).toBe(stage_id);
      expect(new Date(log.at(-1).at).getTime()).toBeLessThan(now.getTime());
    }
  });

  it('spreads the history over three years, with won, lost and reopened companies', async () => {
    const [span] = await q(`SELECT min(changed_at) AS first, max(changed_at) FILTER (WHERE changed_at < '2019-01-01') AS last FROM stage_changes`);
    expect(new Date(span.first).getTime()).toBeGreaterThanOrEqual(Date.UTC(2015, 6, 1));
    expect(new Date(span.last).getUTCFullYear()).toBe(2018);
    const [{ reopened }] = await q(`
      SELECT count(DISTINCT sc.prospect_id)::int AS reopened
        FROM stage_changes sc JOIN stages s ON s.id = sc.from_stage_id
       WHERE s.category <> 'OPEN'`);
    expect(reopened).toBeGreaterThan(0);
    const won = await q(`SELECT realized_jobs, lost_reason FROM prospects p JOIN stages s ON s.id = p.stage_id WHERE s.category = 'WON'`);
    for (const p of won) expect(p.realized_jobs).toBeGreaterThan(0);
    const lost = await q(`SELECT lost_reason FROM prospects p JOIN stages s ON s.id = p.stage_id WHERE s.category = 'LOST'`);
    for (const p of lost) expect(p.lost_reason).toBeTruthy();
  });

  it('is alive: open companies have recent meetings and open follow-ups', async () => {
    const [{ recent, upcoming }] = await q(
      `SELECT count(*) FILTER (WHERE starts_at > $1::timestamptz - interval '60 days')::int AS recent,
              count(*) FILTER (WHERE NOT follow_up_done AND follow_up_date >= $1::date)::int AS upcoming
         FROM meetings`,
      [now],
    );
    expect(recent).toBeGreaterThan(10);
    expect(upcoming).toBeGreaterThan(5);
  });

  it('has meetings booked in the coming weeks, with people but no minutes yet', async () => {
    const booked = await q(
      `SELECT m.starts_at, m.minutes, m.outcome, m.next_step, m.follow_up_date,
              (SELECT count(*)::int FROM meeting_users mu WHERE mu.meeting_id = m.id) AS users,
              (SELECT count(*)::int FROM meeting_prospects mp WHERE mp.meeting_id = m.id) AS companies
         FROM meetings m WHERE m.starts_at > $1`,
      [now],
    );
    expect(booked.length).toBeGreaterThanOrEqual(4);
    for (const m of booked) {
      expect(new Date(m.starts_at).getTime() - now.getTime()).toBeLessThan(25 * 86_400_000);
      expect([m.minutes, m.outcome, m.next_step, m.follow_up_date]).toEqual([null, null, null, null]);
      expect([m.users, m.companies]).toEqual([1, 1]);
      expect([0, 6]).not.toContain(new Date(m.starts_at).getUTCDay());
    }
  });

  it('has one user per role, and is added only once', async () => {
    expect(seeded!.users.map((u) => u.role).sort()).toEqual(['ADMIN', 'BOARD', 'LEADER', 'MEMBER']);
    expect(await seedDemoIfEmpty(db.dataSource.manager, { now })).toBeNull();
    const [{ n }] = await q('SELECT count(*)::int AS n FROM prospects');
    expect(n).toBe(seeded!.prospects);
  });
});
