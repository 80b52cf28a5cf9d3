import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain model of docs/design: companies (prospects), contacts, meetings,
 * focus areas, stages, the append-only stage-change log, targets and users,
 * with the reference data every installation needs.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        email text NOT NULL,
        role text NOT NULL,
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_pkey PRIMARY KEY (id),
        CONSTRAINT users_role_check CHECK (role IN ('ADMIN', 'LEADER', 'MEMBER', 'BOARD'))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE focus_areas (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        key text NOT NULL,
        name_nb text NOT NULL,
        name_en text NOT NULL,
        color text NOT NULL,
        position integer NOT NULL,
        CONSTRAINT focus_areas_pkey PRIMARY KEY (id),
        CONSTRAINT focus_areas_key_key UNIQUE (key),
        CONSTRAINT focus_areas_color_check CHECK (color ~ '^#[0-9a-fA-F]{6}$')
      )`);

    await q.query(`
      CREATE TABLE stages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        key text NOT NULL,
        name_nb text NOT NULL,
        name_en text NOT NULL,
        position integer NOT NULL,
        category text NOT NULL,
        probability_percent integer NOT NULL,
        stale_after_days integer,
        CONSTRAINT stages_pkey PRIMARY KEY (id),
        CONSTRAINT stages_key_key UNIQUE (key),
        CONSTRAINT stages_category_check CHECK (category IN ('OPEN', 'WON', 'LOST')),
        CONSTRAINT stages_probability_check CHECK (probability_percent BETWEEN 0 AND 100)
      )`);

    await q.query(`
      CREATE TABLE prospects (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        org_number text,
        website text,
        industry_code text,
        industry_text text,
        legal_form text,
        employees integer,
        address text,
        postal_code text,
        postal_place text,
        municipality text,
        target_municipality text,
        target_group text,
        owner_id uuid,
        source text,
        estimated_jobs integer,
        realized_jobs integer,
        new_residents integer,
        expected_decision_date date,
        lost_reason text,
        stage_id uuid NOT NULL,
        position double precision NOT NULL DEFAULT 0,
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT prospects_pkey PRIMARY KEY (id),
        CONSTRAINT prospects_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id),
        CONSTRAINT prospects_stage_id_fkey FOREIGN KEY (stage_id) REFERENCES stages (id),
        CONSTRAINT prospects_org_number_check CHECK (org_number ~ '^[89][0-9]{8}$'),
        CONSTRAINT prospects_counts_check CHECK (
          coalesce(estimated_jobs, 0) >= 0 AND coalesce(realized_jobs, 0) >= 0
          AND coalesce(new_residents, 0) >= 0 AND coalesce(employees, 0) >= 0),
        CONSTRAINT prospects_target_group_check CHECK (target_group IN
          ('EXPANDING_COMPANY', 'COST_SEEKING_SME', 'PUBLIC_RELOCATION', 'LOCAL_GROWTH'))
      )`);
    // One active company per organisation number; an archived one may be re-added.
    await q.query(`CREATE UNIQUE INDEX prospects_org_number_active_key ON prospects (org_number) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX prospects_stage_position_idx ON prospects (stage_id, position)`);
    await q.query(`CREATE INDEX prospects_owner_idx ON prospects (owner_id)`);
    await q.query(`CREATE INDEX prospects_target_municipality_idx ON prospects (target_municipality)`);
    await q.query(`CREATE INDEX prospects_municipality_idx ON prospects (municipality)`);
    await q.query(`CREATE INDEX prospects_name_order_idx ON prospects (lower(name), id)`);
    // Text search: case-insensitive substring match on names (ILIKE uses trigrams).
    await q.query(`CREATE INDEX prospects_name_trgm_idx ON prospects USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE prospect_focus_areas (
        prospect_id uuid NOT NULL,
        focus_area_id uuid NOT NULL,
        CONSTRAINT prospect_focus_areas_pkey PRIMARY KEY (prospect_id, focus_area_id),
        CONSTRAINT prospect_focus_areas_prospect_id_fkey FOREIGN KEY (prospect_id) REFERENCES prospects (id) ON DELETE CASCADE ON UPDATE CASCADE,
        CONSTRAINT prospect_focus_areas_focus_area_id_fkey FOREIGN KEY (focus_area_id) REFERENCES focus_areas (id) ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    await q.query(`CREATE INDEX prospect_focus_areas_prospect_id_idx ON prospect_focus_areas (prospect_id)`);
    await q.query(`CREATE INDEX prospect_focus_areas_focus_area_id_idx ON prospect_focus_areas (focus_area_id)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        prospect_id uuid NOT NULL,
        name text NOT NULL,
        title text,
        email text,
        phone text,
        do_not_contact boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contacts_pkey PRIMARY KEY (id),
        CONSTRAINT contacts_prospect_id_fkey FOREIGN KEY (prospect_id) REFERENCES prospects (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX contacts_prospect_idx ON contacts (prospect_id)`);
    await q.query(`CREATE INDEX contacts_name_trgm_idx ON contacts USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE meetings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        starts_at timestamptz NOT NULL,
        minutes text,
        outcome text,
        next_step text,
        follow_up_date date,
        follow_up_done boolean NOT NULL DEFAULT false,
        created_by_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meetings_pkey PRIMARY KEY (id),
        CONSTRAINT meetings_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES users (id),
        CONSTRAINT meetings_kind_check CHECK (kind IN
          ('DIALOGUE_MEETING', 'SITE_VISIT', 'PHONE_CALL', 'NETWORK_MEETING', 'POLITICAL_MEETING', 'OTHER'))
      )`);
    await q.query(`CREATE INDEX meetings_starts_at_idx ON meetings (starts_at)`);
    await q.query(`CREATE INDEX meetings_follow_up_idx ON meetings (follow_up_date)`);

    for (const [table, column, ref] of [
      ['meeting_prospects', 'prospect_id', 'prospects'],
      ['meeting_users', 'user_id', 'users'],
      ['meeting_contacts', 'contact_id', 'contacts'],
    ] as const) {
      await q.query(`
        CREATE TABLE ${table} (
          meeting_id uuid NOT NULL,
          ${column} uuid NOT NULL,
          CONSTRAINT ${table}_pkey PRIMARY KEY (meeting_id, ${column}),
          CONSTRAINT ${table}_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES meetings (id) ON DELETE CASCADE ON UPDATE CASCADE,
          CONSTRAINT ${table}_${column}_fkey FOREIGN KEY (${column}) REFERENCES ${ref} (id) ON DELETE CASCADE ON UPDATE CASCADE
        )`);
      await q.query(`CREATE INDEX ${table}_meeting_id_idx ON ${table} (meeting_id)`);
      await q.query(`CREATE INDEX ${table}_${column}_idx ON ${table} (${column})`);
    }

    await q.query(`
      CREATE TABLE stage_changes (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        prospect_id uuid NOT NULL,
        from_stage_id uuid,
        to_stage_id uuid NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_by_id uuid,
        CONSTRAINT stage_changes_pkey PRIMARY KEY (id),
        CONSTRAINT stage_changes_prospect_id_fkey FOREIGN KEY (prospect_id) REFERENCES prospects (id),
        CONSTRAINT stage_changes_from_stage_id_fkey FOREIGN KEY (from_stage_id) REFERENCES stages (id),
        CONSTRAINT stage_changes_to_stage_id_fkey FOREIGN KEY (to_stage_id) REFERENCES stages (id),
        CONSTRAINT stage_changes_changed_by_id_fkey FOREIGN KEY (changed_by_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX stage_changes_prospect_idx ON stage_changes (prospect_id, changed_at)`);
    await q.query(`CREATE INDEX stage_changes_changed_at_idx ON stage_changes (changed_at)`);
    // The log is history: the database itself refuses to rewrite it.
    await q.query(`
      CREATE FUNCTION stage_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stage_changes is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER stage_changes_append_only
      BEFORE UPDATE OR DELETE ON stage_changes
      FOR EACH ROW EXECUTE FUNCTION stage_changes_append_only()`);
    await q.query(`
      CREATE TRIGGER stage_changes_no_truncate
      BEFORE TRUNCATE ON stage_changes
      FOR EACH STATEMENT EXECUTE FUNCTION stage_changes_append_only()`);

    await q.query(`
      CREATE TABLE targets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        metric text NOT NULL,
        meeting_kind text,
        period_start date NOT NULL,
        period_end date NOT NULL,
        value integer NOT NULL,
        per_year boolean NOT NULL DEFAULT false,
        retired_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT targets_pkey PRIMARY KEY (id),
        CONSTRAINT targets_metric_check CHECK (metric IN ('JOBS', 'ESTABLISHMENTS', 'RESIDENTS', 'MEETINGS')),
        CONSTRAINT targets_period_check CHECK (period_end >= period_start),
        CONSTRAINT targets_value_check CHECK (value >= 0)
      )`);

    await this.seedReferenceData(q);
  }

  private async seedReferenceData(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO focus_areas (key, name_nb, name_en, color, position) VALUES
        ('BIOECONOMY', 'Bioøkonomi', 'Bioeconomy', '#2e7d32', 1),
        ('BIOECONOMY_PHARMA', 'Bioøkonomi – farmasi', 'Bioeconomy – pharma', '#6a1b9a', 2),
        ('DEFENCE_LOGISTICS', 'Forsvarslogistikk', 'Defence logistics', '#37474f', 3),
        ('PUBLIC_HEALTH', 'Folkehelse', 'Public health', '#c62828', 4)`);
    await q.query(`
      INSERT INTO stages (key, name_nb, name_en, position, category, probability_percent, stale_after_days) VALUES
        ('IDENTIFIED', 'Identifisert', 'Identified', 1, 'OPEN', 5, 60),
        ('CONTACTED', 'Kontaktet', 'Contacted', 2, 'OPEN', 10, 30),
        ('DIALOGUE', 'I dialog', 'In dialogue', 3, 'OPEN', 25, 30),
        ('CONSIDERING', 'Vurderer etablering', 'Considering establishment', 4, 'OPEN', 50, 45),
        ('DECISION', 'Beslutning', 'Decision', 5, 'OPEN', 75, 30),
        ('WON', 'Etablert', 'Established', 6, 'WON', 100, NULL),
        ('LOST', 'Avsluttet', 'Closed', 7, 'LOST', 0, NULL)`);
    await q.query(`
      INSERT INTO targets (metric, period_start, period_end, value, per_year) VALUES
        ('JOBS', '2015-07-01', '2018-06-30', 100, false),
        ('ESTABLISHMENTS', '2015-07-01', '2018-06-30', 3, true),
        ('RESIDENTS', '2015-07-01', '2018-06-30', 200, false)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'targets',
      'stage_changes',
      'meeting_contacts',
      'meeting_users',
      'meeting_prospects',
      'meetings',
      'contacts',
      'prospect_focus_areas',
      'prospects',
      'stages',
      'focus_areas',
      'users',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION stage_changes_append_only()`);
  }
}
