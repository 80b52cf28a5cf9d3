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
  for (const column of ['stage_id', 'created_at', 'archived_at', 'target_group', 'target_municipality', 'estimated_jobs', 'realized_jobs', 'new_residents']) {
    qb.addSelect(`p.${column}`, column);
  }
  const values = statisticsFilter(filter);
  applyProspectFilter(qb, values, 'p');
  const sql = `
     fp AS (${qb.getQuery()}),
     f AS (
       SELECT p.id, p.created_at, p.target_group, p.realized_jobs, p.new_residents, cur.category,
              -- Records from before 2020 may carry an old municipality number: report them under the current one.
              coalesce(renumbered.number, p.target_municipality) AS municipality,
              -- Closing date: the time of the log entry that moved the company into its current stage, when WON or LOST.
              CASE WHEN cur.category <> 'OPEN' THEN log.entered_current_at END AS closed_at,
              cur.category = 'OPEN' AND p.archived_at IS NULL AS active,
              -- Weighted pipeline: estimated jobs × probability of the current stage, open now and not archived.
              CASE WHEN cur.category = 'OPEN' AND p.archived_at IS NULL THEN p.estimated_jobs * cur.probability_percent END AS weighted_percent,
              -- Reached: the furthest OPEN stage the log ever entered, or ever WON; entering LOST reaches nothing.
              log.open_position, coalesce(log.ever_won, false) AS ever_won
         FROM fp p
         JOIN stages cur ON cur.id = p.stage_id
         LEFT JOIN (
           SELECT sc.prospect_id,
                  max(sc.changed_at) FILTER (WHERE sc.to_stage_id = fp.stage_id) AS entered_current_at,
                  max(s.position) FILTER (WHERE s.category = 'OPEN') AS open_position,
                  bool_or(s.category = 'WON') AS ever_won
             FROM stage_changes sc JOIN fp ON fp.id = sc.prospect_id JOIN stages s ON s.id = sc.to_stage_id
            GROUP BY sc.prospect_id) log ON log.prospect_id = p.id
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
  median_days_to_decision: number | null;
  closings: ClosingRow[] | null;
  stage_times: StageTimeRow[] | null;
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

/** All figures of one `statistics` query in one statement: the company facts are computed once and aggregated per section. */
export function queryStatistics(em: EntityManager, filter: ProspectFilterValues, period: Period): Promise<StatisticsRows> {
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
        GROUP BY g.dim, g.key, s.id
     ),
     -- WON companies by closing month, over the whole calendar years the period touches.
     closings AS (
       SELECT to_char(${osloMonth('closed_at')}, 'YYYY-MM') AS month, closed_in AS in_period, count(*)::int AS won,
              coalesce(sum(realized_jobs), 0)::int AS realized_jobs
         FROM pf WHERE category = 'WON' AND closed_at >= ${YEARS_LO} AND closed_at < ${YEARS_HI}
        GROUP BY 1, 2
     ),
     -- Time in stage: each log entry starting in the period lasts until the company's next entry, or now.
     stage_times AS (
       SELECT e.to_stage_id AS stage_id, count(*)::int AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM coalesce(e.next_at, now()) - e.changed_at)::float8 / 86400) AS median_days
         FROM (SELECT sc.to_stage_id, sc.changed_at, lead(sc.changed_at) OVER (PARTITION BY sc.prospect_id ORDER BY sc.changed_at, sc.id) AS next_at
                 FROM stage_changes sc JOIN fp ON fp.id = sc.prospect_id
                WHERE sc.changed_at >= ${LO}) e
        WHERE e.changed_at < ${HI}
        GROUP BY e.to_stage_id
     ),
     meeting_months AS (
       SELECT ${osloMonth('mm.starts_at')} AS month, mm.kind, count(*)::int AS count
         FROM mm WHERE ${inPeriod('mm.starts_at')}
        GROUP BY 1, 2
     ),
     meeting_counts AS (
       SELECT kind, to_char(month, 'YYYY-MM') AS month, NULL AS quarter, count FROM meeting_months
       UNION ALL
       SELECT kind, NULL, to_char(month, 'YYYY-"Q"Q'), sum(count)::int FROM meeting_months GROUP BY kind, 3
     )
     SELECT (SELECT json_agg(g) FROM groups g) AS groups,
            (SELECT json_agg(r) FROM reached r) AS reached,
            -- Time to decision: creation → closing date of the companies won in the period.
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - created_at)::float8 / 86400)
               FROM pf WHERE closed_in AND category = 'WON') AS median_days_to_decision,
            (SELECT json_agg(c) FROM closings c) AS closings,
            (SELECT json_agg(t) FROM stage_times t) AS stage_times,
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
