import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Maintained statistics (docs/decisions/007-maintained-statistics.md).
 *
 * - `stats_prospect_facts`: one row per company with the facts the design's
 *   statistics need (closing date, furthest open stage, ever won, …), so no
 *   statistic reads the stage-change log per request.
 * - `stats_cells`: those facts summed per day and per month, for the total and
 *   each focus area, target group and municipality. The board's unfiltered
 *   statistics add up a few hundred cells, whatever the number of companies.
 * - `stats_meeting_days`: meetings per Oslo day and kind.
 *
 * Triggers keep them exact in the writing transaction: changes mark the company
 * in `stats_dirty`; a deferred trigger refreshes the marked companies once, at
 * commit, under one advisory lock (so concurrent commits never deadlock on
 * shared cells). The refresh assumes READ COMMITTED, the server's level.
 */
export class StatisticsSummaries1764000007000 implements MigrationInterface {
  name = 'StatisticsSummaries1764000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_prospect_facts (
        prospect_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        category text NOT NULL,
        closed_at timestamptz,
        open_position integer,
        ever_won boolean NOT NULL,
        active boolean NOT NULL,
        weighted_percent bigint,
        target_group text,
        target_municipality text,
        realized_jobs integer,
        new_residents integer,
        focus_area_ids uuid[] NOT NULL,
        CONSTRAINT stats_prospect_facts_pkey PRIMARY KEY (prospect_id)
      )`);
    await q.query(`CREATE INDEX stats_prospect_facts_closed_idx ON stats_prospect_facts (category, closed_at) INCLUDE (created_at)`);

    // family: C = cohort by creation day, X = closing by closing day, N = now (active, weighted pipeline),
    // A = all companies (which groups exist).
    // grain: M = the month starting on day, D = the day, N = no date.
    await q.query(`
      CREATE TABLE stats_cells (
        family char(1) NOT NULL,
        grain char(1) NOT NULL,
        day date NOT NULL,
        dim text NOT NULL,
        key text NOT NULL,
        open_position integer NOT NULL,
        ever_won boolean NOT NULL,
        category text NOT NULL,
        companies bigint NOT NULL,
        jobs bigint NOT NULL,
        residents bigint NOT NULL,
        weighted_percent bigint NOT NULL,
        CONSTRAINT stats_cells_pkey PRIMARY KEY (family, grain, day, dim, key, open_position, ever_won, category)
      )`);
    // Target progress reads the total's closings over long periods.
    await q.query(`CREATE INDEX stats_cells_total_idx ON stats_cells (family, category, grain, day) WHERE dim = 'TOTAL'`);
    await q.query(`
      CREATE TABLE stats_meeting_days (
        day date NOT NULL,
        kind text NOT NULL,
        meetings bigint NOT NULL,
        CONSTRAINT stats_meeting_days_pkey PRIMARY KEY (day, kind)
      )`);
    // No key: concurrent writers marking the same company must not wait for each other.
    await q.query(`CREATE TABLE stats_dirty (prospect_id uuid NOT NULL)`);

    await q.query(`
      CREATE FUNCTION stats_oslo_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS
      $$ SELECT (at AT TIME ZONE 'Europe/Oslo')::date $$`);

    // The cells one company's facts add to (sign 1) or take from (sign -1).
    await q.query(`
      CREATE FUNCTION stats_fact_cells(f stats_prospect_facts, sign integer)
      RETURNS TABLE (family char(1), grain char(1), day date, dim text, key text, open_position integer, ever_won boolean,
                     category text, companies bigint, jobs bigint, residents bigint, weighted_percent bigint)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT c.family, g.grain,
               CASE g.grain WHEN 'M' THEN date_trunc('month', c.day)::date WHEN 'D' THEN c.day ELSE DATE '2000-01-01' END,
               d.dim, d.key, c.open_position, c.ever_won, c.category,
               sign * c.companies, sign * c.jobs, sign * c.residents, sign * c.weighted_percent
          FROM (VALUES ('TOTAL', ''), ('TARGET_GROUP', coalesce(f.target_group, '')), ('MUNICIPALITY', coalesce(f.target_municipality, ''))
                UNION ALL SELECT 'FOCUS_AREA', a::text FROM unnest(f.focus_area_ids) a) d(dim, key)
         CROSS JOIN (
               SELECT 'C'::char(1), stats_oslo_day(f.created_at), coalesce(f.open_position, 0), f.ever_won, '', 1::bigint, 0::bigint, 0::bigint, 0::bigint
               UNION ALL
               SELECT 'X', stats_oslo_day(f.closed_at), 0, false, f.category, 1, coalesce(f.realized_jobs, 0), coalesce(f.new_residents, 0), 0
                WHERE f.closed_at IS NOT NULL
               UNION ALL
               SELECT 'N', NULL, 0, false, '', 1, 0, 0, coalesce(f.weighted_percent, 0)
                WHERE f.active
               UNION ALL
               SELECT 'A', NULL, 0, false, '', 1, 0, 0, 0
             ) c(family, day, open_position, ever_won, category, companies, jobs, residents, weighted_percent)
         CROSS JOIN LATERAL (SELECT 'M'::char(1) WHERE c.day IS NOT NULL UNION ALL SELECT 'D' WHERE c.day IS NOT NULL UNION ALL SELECT 'N' WHERE c.day IS NULL) g(grain)
      $$`);

    // Recomputes the facts of the given companies and moves their cells: old facts out, new facts in.
    await q.query(`
      CREATE FUNCTION stats_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        -- One refresher at a time: cells are shared by every company.
        PERFORM pg_advisory_xact_lock(736100);
        WITH old AS (DELETE FROM stats_prospect_facts WHERE prospect_id = ANY(ids) RETURNING *)
        INSERT INTO stats_cells AS s
        SELECT c.family, c.grain, c.day, c.dim, c.key, c.open_position, c.ever_won, c.category,
               sum(c.companies), sum(c.jobs), sum(c.residents), sum(c.weighted_percent)
          FROM old, LATERAL stats_fact_cells(old::stats_prospect_facts, -1) c
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (family, grain, day, dim, key, open_position, ever_won, category) DO UPDATE
          SET companies = s.companies + excluded.companies, jobs = s.jobs + excluded.jobs,
              residents = s.residents + excluded.residents, weighted_percent = s.weighted_percent + excluded.weighted_percent;

        WITH new AS (
          INSERT INTO stats_prospect_facts
          SELECT p.id, p.created_at, cur.category,
                 -- Closing date: when the log entered the current stage, if that stage is WON or LOST.
                 CASE WHEN cur.category <> 'OPEN' THEN log.entered_current_at END,
                 -- Reached: the furthest OPEN stage the log ever entered, or ever WON.
                 log.open_position, coalesce(log.ever_won, false),
                 cur.category = 'OPEN' AND p.archived_at IS NULL,
                 CASE WHEN cur.category = 'OPEN' AND p.archived_at IS NULL THEN p.estimated_jobs * cur.probability_percent END,
                 p.target_group, p.target_municipality, p.realized_jobs, p.new_residents,
                 coalesce((SELECT array_agg(pfa.focus_area_id ORDER BY pfa.focus_area_id) FROM prospect_focus_areas pfa WHERE pfa.prospect_id = p.id), '{}')
            FROM prospects p
            JOIN stages cur ON cur.id = p.stage_id
            LEFT JOIN LATERAL (
              SELECT max(sc.changed_at) FILTER (WHERE sc.to_stage_id = p.stage_id) AS entered_current_at,
                     max(s.position) FILTER (WHERE s.category = 'OPEN') AS open_position,
                     bool_or(s.category = 'WON') AS ever_won
                FROM stage_changes sc JOIN stages s ON s.id = sc.to_stage_id
               WHERE sc.prospect_id = p.id) log ON true
           WHERE p.id = ANY(ids)
          RETURNING *)
        INSERT INTO stats_cells AS s
        SELECT c.family, c.grain, c.day, c.dim, c.key, c.open_position, c.ever_won, c.category,
               sum(c.companies), sum(c.jobs), sum(c.residents), sum(c.weighted_percent)
          FROM new, LATERAL stats_fact_cells(new::stats_prospect_facts, 1) c
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (family, grain, day, dim, key, open_position, ever_won, category) DO UPDATE
          SET companies = s.companies + excluded.companies, jobs = s.jobs + excluded.jobs,
              residents = s.residents + excluded.residents, weighted_percent = s.weighted_percent + excluded.weighted_percent;
      END
      $$`);

    // At commit: refresh every company this transaction marked, once.
    await q.query(`
      CREATE FUNCTION stats_flush() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        WITH marked AS (DELETE FROM stats_dirty RETURNING prospect_id)
        SELECT array_agg(DISTINCT prospect_id) INTO ids FROM marked;
        IF ids IS NOT NULL THEN PERFORM stats_refresh(ids); END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER stats_flush AFTER INSERT ON stats_dirty
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stats_flush()`);

    await q.query(`
      CREATE FUNCTION stats_mark() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'prospects' THEN
          INSERT INTO stats_dirty VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
        ELSIF TG_TABLE_NAME = 'stages' THEN
          -- A stage's category, probability or position bears on every company's facts.
          INSERT INTO stats_dirty SELECT id FROM prospects;
        ELSE
          INSERT INTO stats_dirty VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.prospect_id ELSE NEW.prospect_id END);
          IF TG_OP = 'UPDATE' AND OLD.prospect_id <> NEW.prospect_id THEN INSERT INTO stats_dirty VALUES (OLD.prospect_id); END IF;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`CREATE TRIGGER stats_mark AFTER INSERT OR DELETE ON prospects FOR EACH ROW EXECUTE FUNCTION stats_mark()`);
    await q.query(`
      CREATE TRIGGER stats_mark_update AFTER UPDATE ON prospects FOR EACH ROW
      WHEN (OLD.stage_id IS DISTINCT FROM NEW.stage_id OR OLD.created_at IS DISTINCT FROM NEW.created_at
         OR OLD.archived_at IS DISTINCT FROM NEW.archived_at OR OLD.target_group IS DISTINCT FROM NEW.target_group
         OR OLD.target_municipality IS DISTINCT FROM NEW.target_municipality OR OLD.estimated_jobs IS DISTINCT FROM NEW.estimated_jobs
         OR OLD.realized_jobs IS DISTINCT FROM NEW.realized_jobs OR OLD.new_residents IS DISTINCT FROM NEW.new_residents)
      EXECUTE FUNCTION stats_mark()`);
    await q.query(`CREATE TRIGGER stats_mark AFTER INSERT ON stage_changes FOR EACH ROW EXECUTE FUNCTION stats_mark()`);
    await q.query(`CREATE TRIGGER stats_mark AFTER INSERT OR UPDATE OR DELETE ON prospect_focus_areas FOR EACH ROW EXECUTE FUNCTION stats_mark()`);
    await q.query(`
      CREATE TRIGGER stats_mark AFTER UPDATE ON stages FOR EACH ROW
      WHEN (OLD.category IS DISTINCT FROM NEW.category OR OLD.probability_percent IS DISTINCT FROM NEW.probability_percent
         OR OLD.position IS DISTINCT FROM NEW.position)
      EXECUTE FUNCTION stats_mark()`);

    // Meetings per day: one sorted statement per change, so concurrent writers take the rows in one order.
    await q.query(`
      CREATE FUNCTION stats_meetings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO stats_meeting_days AS s
          SELECT stats_oslo_day(starts_at), kind, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT (day, kind) DO UPDATE SET meetings = s.meetings + excluded.meetings;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO stats_meeting_days AS s
          SELECT stats_oslo_day(starts_at), kind, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT (day, kind) DO UPDATE SET meetings = s.meetings + excluded.meetings;
        ELSE
          INSERT INTO stats_meeting_days AS s
          SELECT day, kind, sum(n) FROM (
            SELECT stats_oslo_day(starts_at) AS day, kind, -1 AS n FROM old_rows
            UNION ALL SELECT stats_oslo_day(starts_at), kind, 1 FROM new_rows) d
           GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
          ON CONFLICT (day, kind) DO UPDATE SET meetings = s.meetings + excluded.meetings;
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`CREATE TRIGGER stats_meetings_inserted AFTER INSERT ON meetings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_meetings_changed()`);
    await q.query(`CREATE TRIGGER stats_meetings_deleted AFTER DELETE ON meetings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_meetings_changed()`);
    await q.query(`
      CREATE TRIGGER stats_meetings_updated AFTER UPDATE ON meetings
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_meetings_changed()`);

    // From scratch, e.g. after a bulk load with triggers off (the benchmark data generator).
    await q.query(`
      CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(736100);
        DELETE FROM stats_dirty;
        DELETE FROM stats_cells;
        DELETE FROM stats_prospect_facts;
        PERFORM stats_refresh(ARRAY(SELECT id FROM prospects));
        DELETE FROM stats_meeting_days;
        INSERT INTO stats_meeting_days SELECT stats_oslo_day(starts_at), kind, count(*) FROM meetings GROUP BY 1, 2;
      END
      $$`);
    await q.query(`SELECT stats_rebuild()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER stats_meetings_updated ON meetings`);
    await q.query(`DROP TRIGGER stats_meetings_deleted ON meetings`);
    await q.query(`DROP TRIGGER stats_meetings_inserted ON meetings`);
    await q.query(`DROP TRIGGER stats_mark ON stages`);
    await q.query(`DROP TRIGGER stats_mark ON prospect_focus_areas`);
    await q.query(`DROP TRIGGER stats_mark ON stage_changes`);
    await q.query(`DROP TRIGGER stats_mark_update ON prospects`);
    await q.query(`DROP TRIGGER stats_mark ON prospects`);
    await q.query(`DROP TABLE stats_dirty`);
    await q.query(`DROP FUNCTION stats_rebuild()`);
    await q.query(`DROP FUNCTION stats_meetings_changed()`);
    await q.query(`DROP FUNCTION stats_mark()`);
    await q.query(`DROP FUNCTION stats_flush()`);
    await q.query(`DROP FUNCTION stats_refresh(uuid[])`);
    await q.query(`DROP FUNCTION stats_fact_cells(stats_prospect_facts, integer)`);
    await q.query(`DROP FUNCTION stats_oslo_day(timestamptz)`);
    await q.query(`DROP TABLE stats_meeting_days`);
    await q.query(`DROP TABLE stats_cells`);
    await q.query(`DROP TABLE stats_prospect_facts`);
  }
}
