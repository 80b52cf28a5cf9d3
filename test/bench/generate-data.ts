/**
 * Benchmark data of budgets.md, reproducible from a seed, generated inside
 * PostgreSQL with set-based INSERT … SELECT (no row-by-row round trips):
 *   S ≈ 300, M = 100 000, L = 1 000 000 companies; 2–3 focus areas, 2 contacts,
 *   5 meetings and 3–6 stage changes each (most 4–6), spread over four years (2015–2018),
 *   with a stage history that follows the log rules.
 *
 *   npm run bench:data -- --size M [--seed 42] [--database-url postgres://…]
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { migrate, openDatabase, type Database } from '../../server/src/shared/database/database';

export const sizes = { S: 300, M: 100_000, L: 1_000_000 } as const;
export type Size = keyof typeof sizes;

export async function generateData(db: Database, size: Size, seed = 42, log: (s: string) => void = console.log): Promise<void> {
  const n = sizes[size];
  // One session throughout: temporary tables and session_replication_role belong to it.
  const session = db.dataSource.createQueryRunner();
  await session.connect();
  const q = (sql: string, params?: unknown[]) => session.query(sql, params);
  const started = Date.now();
  const step = async (label: string, sql: string, params?: unknown[]) => {
    const t = Date.now();
    await q(sql, params);
    log(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  };

  await q(`SELECT setseed($1)`, [(seed % 1000) / 1000]);
  // Bulk load with triggers off (the maintained statistics too), then build those once from the rows.
  await q(`SET session_replication_role = replica`);
  await step('users', `
    INSERT INTO users (name, email, role)
    SELECT 'Bench ' || g, 'bench' || g || '@magnet.example', CASE WHEN g = 1 THEN 'ADMIN' WHEN g <= 3 THEN 'LEADER' ELSE 'MEMBER' END
      FROM generate_series(1, 10) g`);

  // The fate of each company: its highest open stage (1–5) and how it ends (open, WON or LOST).
  await step(`${n} companies`, `
    CREATE TEMP TABLE bench_fate AS
    SELECT g AS n,
           timestamptz '2015-01-01' + random() * interval '1400 days' AS created,
           3 + floor(random() * 3)::int AS reach, -- highest open stage reached: 3–5, so 3–6 log entries
           CASE WHEN random() < 0.12 THEN 'WON' WHEN random() < 0.28 THEN 'LOST' ELSE 'OPEN' END AS fate,
           floor(random() * 10)::int AS owner_no,
           2 + floor(random() * 40)::int AS jobs
      FROM generate_series(1, $1::int) g`, [n]);
  await q(`CREATE TEMP TABLE bench_stages AS SELECT id, key, position, category FROM stages`);
  await q(`CREATE TEMP TABLE bench_users AS SELECT id, row_number() OVER (ORDER BY email) - 1 AS no FROM users WHERE email LIKE 'bench%'`);

  await step('prospects', `
    INSERT INTO prospects (name, stage_id, owner_id, target_municipality, municipality, target_group, estimated_jobs,
                           realized_jobs, new_residents, lost_reason, position, created_at, last_activity_at)
    SELECT 'Bedrift ' || lpad(f.n::text, 7, '0') || ' AS',
           CASE WHEN f.fate = 'OPEN' THEN (SELECT id FROM bench_stages WHERE category = 'OPEN' AND position = f.reach)
                ELSE (SELECT id FROM bench_stages WHERE key = f.fate) END,
           (SELECT id FROM bench_users u WHERE u.no = f.owner_no),
           (ARRAY['3420','3419','3422'])[1 + f.n % 3], (ARRAY['3420','3419','3422','0301','3403'])[1 + f.n % 5],
           (ARRAY['EXPANDING_COMPANY','COST_SEEKING_SME','PUBLIC_RELOCATION','LOCAL_GROWTH'])[1 + f.n % 4],
           f.jobs,
           CASE WHEN f.fate = 'WON' THEN greatest(1, f.jobs - f.n % 5) END,
           CASE WHEN f.fate = 'WON' THEN f.n % 20 END,
           CASE WHEN f.fate = 'LOST' THEN 'Valgte annen lokalisering' END,
           f.n, f.created, f.created + (f.reach + 1) * interval '40 days'
      FROM bench_fate f ORDER BY f.n`);
  await q(`CREATE TEMP TABLE bench_ids AS SELECT p.id, f.* FROM prospects p JOIN bench_fate f ON p.name = 'Bedrift ' || lpad(f.n::text, 7, '0') || ' AS'`);

  // Open stages 1..reach at 40-day steps, then the closing entry for WON and LOST.
  await step('stage changes', `
    INSERT INTO stage_changes (prospect_id, from_stage_id, to_stage_id, changed_at, changed_by_id)
    SELECT b.id, lag(s.id) OVER w, s.id, b.created + (s.step - 1) * interval '40 days' + (b.n % 7) * interval '1 hour',
           (SELECT id FROM bench_users u WHERE u.no = b.owner_no)
      FROM bench_ids b
      CROSS JOIN LATERAL (
        SELECT id, position AS step FROM bench_stages WHERE category = 'OPEN' AND position <= b.reach
        UNION ALL
        SELECT id, b.reach + 1 FROM bench_stages WHERE key = b.fate
      ) s
    WINDOW w AS (PARTITION BY b.id ORDER BY s.step)`);

  await step('focus areas', `
    INSERT INTO prospect_focus_areas (prospect_id, focus_area_id)
    SELECT b.id, f.id FROM bench_ids b
      JOIN (SELECT id, row_number() OVER (ORDER BY position) AS k FROM focus_areas) f
        ON f.k = 1 + b.n % 4 OR f.k = 1 + (b.n + 1) % 4 OR (b.n % 2 = 0 AND f.k = 1 + (b.n + 2) % 4)`);

  await step('contacts', `
    INSERT INTO contacts (prospect_id, name, title, email)
    SELECT b.id, (ARRAY['Kari','Ola','Nina','Per'])[1 + (b.n + c) % 4] || ' ' || (ARRAY['Berg','Dahl','Lie','Moen','Vik'])[1 + (b.n * c) % 5],
           'Daglig leder', 'kontakt' || c || '.' || b.n || '@bedrift.example'
      FROM bench_ids b CROSS JOIN generate_series(1, 2) c`);

  await step('meetings', `
    CREATE TEMP TABLE bench_meetings AS
    SELECT gen_random_uuid() AS id, b.id AS prospect_id, b.owner_no,
           (ARRAY['DIALOGUE_MEETING','SITE_VISIT','PHONE_CALL','NETWORK_MEETING','OTHER'])[1 + (b.n + k) % 5] AS kind,
           b.created + k * interval '30 days' AS starts_at
      FROM bench_ids b CROSS JOIN generate_series(1, 5) k`);
  await q(`INSERT INTO meetings (id, kind, starts_at, minutes, follow_up_date, follow_up_done, created_by_id)
           SELECT m.id, m.kind, m.starts_at, 'Referat', (m.starts_at + interval '14 days')::date, m.starts_at < now() - interval '30 days',
                  (SELECT id FROM bench_users u WHERE u.no = m.owner_no) FROM bench_meetings m`);
  await q(`INSERT INTO meeting_prospects (meeting_id, prospect_id) SELECT id, prospect_id FROM bench_meetings`);
  await q(`INSERT INTO meeting_users (meeting_id, user_id) SELECT m.id, u.id FROM bench_meetings m JOIN bench_users u ON u.no = m.owner_no`);
  for (const t of ['bench_fate', 'bench_stages', 'bench_users', 'bench_ids', 'bench_meetings']) await q(`DROP TABLE ${t}`);
  await q(`SET session_replication_role = DEFAULT`);
  await step('statistics summaries', 'SELECT stats_rebuild()');
  await step('analyze', 'ANALYZE');
  await session.release();
  log(`Generated size ${size} (${n} companies) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'M' }, seed: { type: 'string', default: '42' }, 'database-url': { type: 'string' } },
  });
  const size = values.size as Size;
  const url = values['database-url'] ?? process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!(size in sizes) || !url) {
    console.error('Usage: npm run bench:data -- --size S|M|L [--seed 42] --database-url postgres://… (or BENCH_DATABASE_URL)');
    process.exit(1);
  }
  (async () => {
    // Two connections: migrate() holds one for its lock while the migrations run on the other.
    const db = await openDatabase({ url, poolSize: 2 });
    try {
      await migrate(db);
      const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM prospects');
      if (n > 0) throw new Error(`The database already holds ${n} companies: use an empty one.`);
      await generateData(db, size, Number(values.seed));
    } finally {
      await db.close();
    }
  })().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
