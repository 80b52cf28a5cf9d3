import type { EntityManager } from 'typeorm';
import { municipalities } from '../municipality/municipalities';
import { Prospect } from '../prospect/prospect.entity';
import { ArchivedFilter, type ProspectFilterValues } from '../prospect/prospect-filter.input';
import { applyProspectFilter } from '../prospect/prospect-filter.sql';

/**
 * Every SQL statement behind the statistics (design § Statistics), in one file:
 * when live aggregates give way to maintained summaries, only this file changes.
 * All set-based; no per-company work happens in JavaScript.
 */

/** A period of whole days, inclusive, as åååå-mm-dd. */
export interface Period {
  from: string;
  to: string;
}

// Days are Norwegian days: the period runs from `from` 00:00 to the day after `to` 00:00, Oslo time.
const osloMidnight = (date: string) => `(${date}::timestamp AT TIME ZONE 'Europe/Oslo')`;
const LO = osloMidnight('CAST(:statsFrom AS date)');
const HI = osloMidnight('(CAST(:statsTo AS date) + 1)');
const inPeriod = (column: string) => `(${column} >= ${LO} AND ${column} < ${HI})`;
// Establishments are counted per calendar year, whole years (design: "closing date in Y").
const YEARS_LO = osloMidnight(`date_trunc('year', CAST(:statsFrom AS timestamp))`);
const YEARS_HI = osloMidnight(`(date_trunc('year', CAST(:statsTo AS timestamp)) + interval '1 year')`);
const osloMonth = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'Europe/Oslo')`;

/** For statistics a missing `archived` means ALL: archived companies stay in the statistics (design). */
export function statisticsFilter(filter: ProspectFilterValues): ProspectFilterValues {
  return { ...filter, archived: filter.archived ?? ArchivedFilter.ALL };
}

/** True when the filter narrows nothing (decides whether meetings without a company count). */
export function isEmptyFilter(filter: ProspectFilterValues): boolean {
  return Object.entries(statisticsFilter(filter)).every(([key, value]) =>
    key === 'archived' ? value === ArchivedFilter.ALL : value == null || (Array.isArray(value) ? value.length === 0 : String(value).trim() === ''),
  );
}

/**
 * The CTEs every statement starts from: `fp`, the companies of the one shared
 * filter, and `f`, one row of facts per company as the design defines them.
 */
function companyFacts(em: EntityManager, filter: ProspectFilterValues) {
  const qb = em.createQueryBuilder(Prospect, 'p').select('p.id', 'id');
  for (const column of ['created_at', 'target_group', 'target_municipality', 'realized_jobs', 'new_residents']) {
    qb.addSelect(`p.${column}`, column);
  }
  const values = statisticsFilter(filter);
  applyProspectFilter(qb, values, 'p');
  const sql = `
     fp AS (${qb.getQuery()}),
     f AS (
       SELECT p.id, p.created_at, p.target_group, p.realized_jobs, p.new_residents, sf.category,
              -- Records from before 2020 may carry an old municipality number: report them under the current one.
              coalesce(renumbered.number, p.target_municipality) AS municipality,
              -- Maintained per company (migration 1764000007000): closing date, open now, weighted pipeline,
              -- and how far the log ever reached.
              sf.closed_at, sf.active, sf.weighted_percent, sf.open_position, sf.ever_won
         FROM fp p
         JOIN stats_prospect_facts sf ON sf.prospect_id = p.id
         LEFT JOIN unnest(CAST(:statsOldNumbers AS text[]), CAST(:statsNewNumbers AS text[])) AS renumbered(old, number)
           ON renumbered.old = p.target_municipality
     )`;
  const params = {
    ...qb.getParameters(),
    statsEmptyFilter: isEmptyFilter(values),
    statsOldNumbers: municipalities.map((m) => m.oldNumber),
    statsNewNumbers: municipalities.map((m) => m.number),
  };
  return { sql, params };
}

/**
 * `mm`, the meetings that count for the filter: those that concern at least one
 * matching company; one that concerns no company counts only when the filter
 * is empty, so an empty filter counts every meeting. Two branches rather than
 * an OR, so the planner can run the filtered one as a semi-join.
 */
const MATCHING_MEETINGS = `
     mm AS (
       SELECT m.kind, m.starts_at FROM meetings m WHERE CAST(:statsEmptyFilter AS boolean)
       UNION ALL
       SELECT m.kind, m.starts_at FROM meetings m
        WHERE NOT CAST(:statsEmptyFilter AS boolean)
          AND EXISTS (SELECT 1 FROM meeting_prospects mp JOIN fp ON fp.id = mp.prospect_id WHERE mp.meeting_id = m.id)
     )`;

/** `meeting_counts`: the rows of `meeting_months` (month, kind, count) per month and per quarter. */
const MEETING_COUNTS = `meeting_counts AS (
       SELECT kind, to_char(month, 'YYYY-MM') AS month, NULL AS quarter, count FROM meeting_months
       UNION ALL
       SELECT kind, NULL, to_char(month, 'YYYY-"Q"Q'), sum(count)::int FROM meeting_months GROUP BY kind, 3
     )`;

async function run<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T> {
  const [query, parameters] = em.connection.driver.escapeQueryWithParameters(sql, params);
  const [row] = await em.query(query, parameters);
  return row as T;
}

export interface GroupRow {
  dim: 'TOTAL' | 'FOCUS_AREA' | 'TARGET_GROUP' | 'MUNICIPALITY';
  key: string | null;
  won: number;
  lost: number;
  realized_jobs: number;
  realized_residents: number;
  weighted_pipeline: number;
  active: number;
  funnel_won: number;
}
export interface ReachedRow { dim: GroupRow['dim']; key: string | null; stage_id: string; reached: number }
export interface ClosingRow { month: string; in_period: boolean; won: number; realized_jobs: number }
export interface StageTimeRow { stage_id: string; count: number; median_days: number }
export interface MeetingRow { kind: string; month: string | null; quarter: string | null; count: number }

export interface StatisticsRows {
  groups: GroupRow[] | null;
  reached: ReachedRow[] | null;
  closings: ClosingRow[] | null;
  meetings: MeetingRow[] | null;
}

// Figures of a group of companies; summed again per group below.
const FIGURES = `
       count(*) FILTER (WHERE closed_in AND category = 'WON') AS won,
       count(*) FILTER (WHERE closed_in AND category = 'LOST') AS lost,
       sum(realized_jobs) FILTER (WHERE closed_in AND category = 'WON') AS realized_jobs,
       sum(new_residents) FILTER (WHERE closed_in AND category = 'WON') AS realized_residents,
       sum(weighted_percent) FILTER (WHERE active) AS weighted_percent,
       count(*) FILTER (WHERE active) AS active,
       count(*) FILTER (WHERE created_in) AS cohort`;

/**
 * All figures of one `statistics` query in one statement. Without a filter
 * they are added up from the maintained cells (the board's view, at any size);
 * with one, aggregated live over the matching companies' maintained facts.
 */
export function queryStatistics(em: EntityManager, filter: ProspectFilterValues, period: Period): Promise<StatisticsRows> {
  return isEmptyFilter(filter) ? summedStatistics(em, period) : liveStatistics(em, filter, period);
}

export function liveStatistics(em: EntityManager, filter: ProspectFilterValues, period: Period): Promise<StatisticsRows> {
  const facts = companyFacts(em, filter);
  return run<StatisticsRows>(
    em,
    `WITH ${facts.sql}, ${MATCHING_MEETINGS},
     -- The funnel's cohort: companies created in the period. Closed in the period: by the closing date.
     pf AS (SELECT f.*, ${inPeriod('f.created_at')} AS created_in, ${inPeriod('f.closed_at')} AS closed_in FROM f),
     -- A company counts once in the total, in its target group and municipality, and in each of its focus areas;
     -- each group is split by how far the companies reached, for the funnel.
     grouped AS (
       SELECT CASE WHEN grouping(target_group) = 0 THEN 'TARGET_GROUP' WHEN grouping(municipality) = 0 THEN 'MUNICIPALITY' ELSE 'TOTAL' END AS dim,
              CASE WHEN grouping(target_group) = 0 THEN target_group ELSE municipality END AS key,
              open_position, ever_won, ${FIGURES}
         FROM pf
        GROUP BY GROUPING SETS ((open_position, ever_won), (target_group, open_position, ever_won), (municipality, open_position, ever_won))
       UNION ALL
       SELECT 'FOCUS_AREA', pfa.focus_area_id::text, open_position, ever_won, ${FIGURES}
         FROM pf JOIN prospect_focus_areas pfa ON pfa.prospect_id = pf.id
        GROUP BY pfa.focus_area_id, open_position, ever_won
     ),
     groups AS (
       SELECT dim, key, sum(won)::int AS won, sum(lost)::int AS lost,
              coalesce(sum(realized_jobs), 0)::int AS realized_jobs, coalesce(sum(realized_residents), 0)::int AS realized_residents,
              (coalesce(sum(weighted_percent), 0) / 100.0)::float8 AS weighted_pipeline, sum(active)::int AS active,
              coalesce(sum(cohort) FILTER (WHERE ever_won), 0)::int AS funnel_won
         FROM grouped GROUP BY dim, key
     ),
     reached AS (
       SELECT g.dim, g.key, s.id AS stage_id, sum(g.cohort)::int AS reached
         FROM grouped g JOIN stages s ON s.category = 'OPEN' AND (g.ever_won OR g.open_position >= s.position)
        GROUP BY g.dim, g.key, s.id HAVING sum(g.cohort) > 0
     ),
     -- WON companies by closing month, over the whole calendar years the period touches.
     closings AS (
       SELECT to_char(${osloMonth('closed_at')}, 'YYYY-MM') AS month, closed_in AS in_period, count(*)::int AS won,
              coalesce(sum(realized_jobs), 0)::int AS realized_jobs
         FROM pf WHERE category = 'WON' AND closed_at >= ${YEARS_LO} AND closed_at < ${YEARS_HI}
        GROUP BY 1, 2
     ),
     meeting_months AS (
       SELECT ${osloMonth('mm.starts_at')} AS month, mm.kind, count(*)::int AS count
         FROM mm WHERE ${inPeriod('mm.starts_at')}
        GROUP BY 1, 2
     ),
     ${MEETING_COUNTS}
     SELECT (SELECT json_agg(g) FROM groups g) AS groups,
            (SELECT json_agg(r) FROM reached r) AS reached,
            (SELECT json_agg(c) FROM closings c) AS closings,
            (SELECT json_agg(c ORDER BY c.month, c.quarter, c.kind) FROM meeting_counts c) AS meetings`,
    { ...facts.params, statsFrom: period.from, statsTo: period.to },
  );
}

export interface TargetRealizedRow { id: string; realized: number }
export interface TargetProgressRows {
  targets: TargetRealizedRow[] | null;
  weighted_pipeline: number;
}

/**
 * Realized so far for every target in force, each over its own period (Oslo
 * days) up to now, with the same definitions as the statistics, plus the weighted pipeline.
 */
export function queryTargetProgress(em: EntityManager, filter: ProspectFilterValues): Promise<TargetProgressRows> {
  return isEmptyFilter(filter) ? summedTargetProgress(em) : liveTargetProgress(em, filter);
}

export function liveTargetProgress(em: EntityManager, filter: ProspectFilterValues): Promise<TargetProgressRows> {
  const facts = companyFacts(em, filter);
  const start = osloMidnight('t.period_start');
  const end = `least(${osloMidnight('(t.period_end + 1)')}, now())`;
  return run<TargetProgressRows>(
    em,
    `WITH ${facts.sql}, ${MATCHING_MEETINGS},
     meetings_held AS (
       SELECT t.id, count(*) AS held
         FROM targets t JOIN mm ON mm.kind = t.meeting_kind AND mm.starts_at >= ${start} AND mm.starts_at < ${end}
        WHERE t.retired_at IS NULL AND t.metric = 'MEETINGS'
        GROUP BY t.id
     ),
     progress AS (
       SELECT t.id,
              CASE t.metric
                WHEN 'MEETINGS' THEN coalesce((SELECT held FROM meetings_held h WHERE h.id = t.id), 0)
                ELSE (SELECT CASE t.metric WHEN 'JOBS' THEN coalesce(sum(f.realized_jobs), 0)
                                           WHEN 'RESIDENTS' THEN coalesce(sum(f.new_residents), 0)
                                           ELSE count(*) END
                        FROM f WHERE f.category = 'WON' AND f.closed_at >= ${start} AND f.closed_at < ${end})
              END::int AS realized
         FROM targets t WHERE t.retired_at IS NULL
     )
     SELECT (SELECT json_agg(p) FROM progress p) AS targets,
            (SELECT coalesce(sum(weighted_percent), 0) / 100.0 FROM f)::float8 AS weighted_pipeline`,
    facts.params,
  );
}

// ---------------------------------------------------------------------------
// Without a filter: sums of the maintained cells (migration 1764000007000).

/** The first day of the month of a date (åååå-mm-dd), and the first day of the next month. */
const monthOf = (date: string) => `${date.slice(0, 7)}-01`;
function nextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The whole months inside a period, as [first, end) — the period's cells are
 * those months' month cells plus the day cells of the days around them.
 */
export function wholeMonths(period: Period): { from: string; to: string } {
  const from = period.from === monthOf(period.from) ? period.from : nextMonth(period.from);
  const to = monthOf(nextDay(period.to));
  return from < to ? { from, to } : { from: to, to };
}

/** `pc`: the cohort (C) and closing (X) cells of the period; `cells`: those and the cells of now (N) and of all companies (A), municipality renumbered. */
const PERIOD_CELLS = `
     pc AS (
       SELECT * FROM stats_cells
        WHERE family IN ('C', 'X') AND grain = 'M' AND day >= CAST(:wholeFrom AS date) AND day < CAST(:wholeTo AS date)
       UNION ALL
       -- The days before and after the whole months, as two ranges of the index.
       SELECT * FROM stats_cells
        WHERE family IN ('C', 'X') AND grain = 'D' AND day >= CAST(:statsFrom AS date) AND day < CAST(:wholeFrom AS date)
       UNION ALL
       SELECT * FROM stats_cells
        WHERE family IN ('C', 'X') AND grain = 'D' AND day >= CAST(:daysAfterFrom AS date) AND day <= CAST(:statsTo AS date)
     ),
     cells AS (
       SELECT c.family, c.dim, CASE WHEN c.dim = 'MUNICIPALITY' THEN coalesce(renumbered.number, c.key) ELSE c.key END AS key,
              c.open_position, c.ever_won, c.category, sum(c.companies) AS companies, sum(c.jobs) AS jobs,
              sum(c.residents) AS residents, sum(c.weighted_percent) AS weighted_percent
         FROM (SELECT * FROM pc UNION ALL SELECT * FROM stats_cells WHERE family IN ('N', 'A') AND grain = 'N') c
         LEFT JOIN unnest(CAST(:statsOldNumbers AS text[]), CAST(:statsNewNumbers AS text[])) AS renumbered(old, number)
           ON renumbered.old = c.key
        GROUP BY 1, 2, 3, 4, 5, 6
     )`;

export function summedStatistics(em: EntityManager, period: Period): Promise<StatisticsRows> {
  const years = { from: `${period.from.slice(0, 4)}-01-01`, to: `${Number(period.to.slice(0, 4)) + 1}-01-01` };
  const whole = wholeMonths(period);
  return run<StatisticsRows>(
    em,
    `WITH ${PERIOD_CELLS},
     groups AS (
       SELECT dim, nullif(key, '') AS key,
              coalesce(sum(companies) FILTER (WHERE family = 'X' AND category = 'WON'), 0)::int AS won,
              coalesce(sum(companies) FILTER (WHERE family = 'X' AND category = 'LOST'), 0)::int AS lost,
              coalesce(sum(jobs) FILTER (WHERE family = 'X' AND category = 'WON'), 0)::int AS realized_jobs,
              coalesce(sum(residents) FILTER (WHERE family = 'X' AND category = 'WON'), 0)::int AS realized_residents,
              (coalesce(sum(weighted_percent) FILTER (WHERE family = 'N'), 0) / 100.0)::float8 AS weighted_pipeline,
              coalesce(sum(companies) FILTER (WHERE family = 'N'), 0)::int AS active,
              coalesce(sum(companies) FILTER (WHERE family = 'C' AND ever_won), 0)::int AS funnel_won
         FROM cells GROUP BY dim, key
        -- A group exists while some company is in it, as in the filtered statistics.
       HAVING coalesce(sum(companies) FILTER (WHERE family = 'A'), 0) > 0
     ),
     reached AS (
       SELECT c.dim, nullif(c.key, '') AS key, s.id AS stage_id, sum(c.companies)::int AS reached
         FROM cells c JOIN stages s ON s.category = 'OPEN' AND (c.ever_won OR c.open_position >= s.position)
        WHERE c.family = 'C'
        GROUP BY 1, 2, 3 HAVING sum(c.companies) > 0
     ),
     period_closings AS (
       SELECT to_char(day, 'YYYY-MM') AS month, sum(companies) AS won, sum(jobs) AS jobs
         FROM pc WHERE family = 'X' AND dim = 'TOTAL' AND category = 'WON' GROUP BY 1
     ),
     -- WON companies by closing month over the whole calendar years the period touches, split in and out of the period.
     closings AS (
       SELECT month, true AS in_period, won::int, jobs::int AS realized_jobs FROM period_closings
       UNION ALL
       SELECT to_char(y.day, 'YYYY-MM'), false, (y.companies - coalesce(p.won, 0))::int, (y.jobs - coalesce(p.jobs, 0))::int
         FROM stats_cells y LEFT JOIN period_closings p ON p.month = to_char(y.day, 'YYYY-MM')
        WHERE y.family = 'X' AND y.grain = 'M' AND y.dim = 'TOTAL' AND y.category = 'WON'
          AND y.day >= CAST(:yearsFrom AS date) AND y.day < CAST(:yearsTo AS date)
     ),
     meeting_months AS (
       SELECT date_trunc('month', day) AS month, kind, sum(meetings)::int AS count
         FROM stats_meeting_days WHERE day >= CAST(:statsFrom AS date) AND day <= CAST(:statsTo AS date)
        GROUP BY 1, 2 HAVING sum(meetings) > 0
     ),
     ${MEETING_COUNTS}
     SELECT (SELECT json_agg(g) FROM groups g) AS groups,
            (SELECT json_agg(r) FROM reached r) AS reached,
            (SELECT json_agg(c) FROM closings c WHERE c.won <> 0 OR c.realized_jobs <> 0) AS closings,
            (SELECT json_agg(c ORDER BY c.month, c.quarter, c.kind) FROM meeting_counts c) AS meetings`,
    {
      statsFrom: period.from,
      statsTo: period.to,
      wholeFrom: whole.from,
      wholeTo: whole.to,
      // Without whole months, wholeTo can fall before the period.
      daysAfterFrom: whole.to > period.from ? whole.to : period.from,
      yearsFrom: years.from,
      yearsTo: years.to,
      statsOldNumbers: municipalities.map((m) => m.oldNumber),
      statsNewNumbers: municipalities.map((m) => m.number),
    },
  );
}

/**
 * Target progress without a filter: the day cells of each target's period up
 * to yesterday, plus today's closings and meetings up to now from the rows.
 */
export function summedTargetProgress(em: EntityManager): Promise<TargetProgressRows> {
  const today = `stats_oslo_day(now())`;
  const todayStart = `greatest(${osloMidnight('t.period_start')}, ${osloMidnight(today)})`;
  const end = `least(${osloMidnight('(t.period_end + 1)')}, now())`;
  // Whole months of [period_start, last] from month cells, the days around them from day cells.
  const days = `c.day >= t.period_start AND c.day <= b.last`;
  const cellDays = `((c.grain = 'M' AND c.day >= b.whole_from AND c.day < b.whole_to)
                     OR (c.grain = 'D' AND c.day >= t.period_start AND c.day < b.whole_from)
                     OR (c.grain = 'D' AND c.day >= greatest(b.whole_to, t.period_start) AND c.day <= b.last))`;
  return run<TargetProgressRows>(
    em,
    `WITH progress AS (
       SELECT t.id,
              CASE t.metric
                WHEN 'MEETINGS' THEN
                  coalesce((SELECT sum(c.meetings) FROM stats_meeting_days c WHERE c.kind = t.meeting_kind AND ${days}), 0)
                  + (SELECT count(*) FROM meetings m WHERE m.kind = t.meeting_kind AND m.starts_at >= ${todayStart} AND m.starts_at < ${end})
                ELSE
                  coalesce((SELECT sum(CASE t.metric WHEN 'JOBS' THEN c.jobs WHEN 'RESIDENTS' THEN c.residents ELSE c.companies END)
                              FROM stats_cells c
                             WHERE c.family = 'X' AND c.grain IN ('M', 'D') AND c.dim = 'TOTAL' AND c.category = 'WON' AND ${cellDays}), 0)
                  + (SELECT CASE t.metric WHEN 'JOBS' THEN coalesce(sum(f.realized_jobs), 0)
                                          WHEN 'RESIDENTS' THEN coalesce(sum(f.new_residents), 0)
                                          ELSE count(*) END
                       FROM stats_prospect_facts f
                      WHERE f.category = 'WON' AND f.closed_at >= ${todayStart} AND f.closed_at < ${end})
              END::int AS realized
         FROM targets t
         -- The last whole day counted from cells is yesterday; today is counted from rows up to now.
         CROSS JOIN LATERAL (SELECT least(t.period_end, ${today} - 1) AS last) l
         CROSS JOIN LATERAL (
           SELECT l.last,
                  least(CASE WHEN date_trunc('month', t.period_start) = t.period_start THEN t.period_start
                             ELSE date_trunc('month', t.period_start) + interval '1 month' END,
                        date_trunc('month', l.last + 1))::date AS whole_from,
                  date_trunc('month', l.last + 1)::date AS whole_to) b
        WHERE t.retired_at IS NULL
     )
     SELECT (SELECT json_agg(p) FROM progress p) AS targets,
            (SELECT coalesce(sum(weighted_percent), 0) / 100.0 FROM stats_cells WHERE family = 'N' AND grain = 'N' AND dim = 'TOTAL')::float8 AS weighted_pipeline`,
    {},
  );
}

export interface DurationRows {
  median_days_to_decision: number | null;
  stage_times: StageTimeRow[] | null;
}

/**
 * The medians, in their own statement: an exact median needs every value, so
 * they read rows (the log since the period's start, the companies won in it)
 * and run only when a client asks for them.
 */
export function queryDurations(em: EntityManager, filter: ProspectFilterValues, period: Period): Promise<DurationRows> {
  const empty = isEmptyFilter(filter);
  const facts = companyFacts(em, filter);
  const won = empty ? `stats_prospect_facts` : `f`;
  return run<DurationRows>(
    em,
    `WITH ${facts.sql},
     -- Time in stage: each log entry starting in the period lasts until the company's next entry, or now.
     stage_times AS (
       SELECT e.to_stage_id AS stage_id, count(*)::int AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(e.next_at, now()) - e.changed_at)::float8 / 86400) AS median_days
         FROM (SELECT sc.to_stage_id, sc.changed_at, lead(sc.changed_at) OVER (PARTITION BY sc.prospect_id ORDER BY sc.changed_at, sc.id) AS next_at
                 FROM stage_changes sc
                WHERE sc.changed_at >= ${LO} ${empty ? '' : 'AND sc.prospect_id IN (SELECT id FROM fp)'}) e
        WHERE e.changed_at < ${HI}
        GROUP BY e.to_stage_id
     )
     SELECT (SELECT json_agg(t) FROM stage_times t) AS stage_times,
            -- Time to decision: creation → closing date of the companies won in the period.
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at)::float8 / 86400)
               FROM ${won} WHERE category = 'WON' AND closed_at >= ${LO} AND closed_at < ${HI}) AS median_days_to_decision`,
    { ...facts.params, statsFrom: period.from, statsTo: period.to },
  );
}
