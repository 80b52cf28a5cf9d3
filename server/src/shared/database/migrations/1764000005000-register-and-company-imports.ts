import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data in: the region's slice of Enhetsregisteret (from the nightly bulk file),
 * the report of each register import with its staging rows, and the reports of
 * CSV imports of companies (so a retried commit returns the first report).
 */
export class RegisterAndCompanyImports1764000005000 implements MigrationInterface {
  name = 'RegisterAndCompanyImports1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE register_entities (
        org_number text NOT NULL,
        name text NOT NULL,
        legal_form text,
        industry_code text,
        industry_text text,
        employees integer,
        address text,
        postal_code text,
        postal_place text,
        municipality text,
        website text,
        founded_on date,
        bankrupt boolean NOT NULL,
        under_liquidation boolean NOT NULL,
        deleted_on date,
        content_hash text NOT NULL,
        imported_at timestamptz NOT NULL,
        CONSTRAINT register_entities_pkey PRIMARY KEY (org_number)
      )`);
    await q.query(`CREATE INDEX register_entities_municipality_idx ON register_entities (municipality)`);
    // Industry filters are prefixes (16, 52.1): LIKE '16%' uses this index.
    await q.query(`CREATE INDEX register_entities_industry_code_idx ON register_entities (industry_code text_pattern_ops)`);

    await q.query(`
      CREATE TABLE register_imports (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        status text NOT NULL,
        source text NOT NULL,
        file_name text,
        started_by_id uuid,
        municipalities text[] NOT NULL,
        industry_prefixes text[] NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        bytes_read bigint NOT NULL DEFAULT 0,
        rows_read integer NOT NULL DEFAULT 0,
        rows_kept integer NOT NULL DEFAULT 0,
        new_org_numbers text[],
        changed_org_numbers text[],
        removed_org_numbers text[],
        error text,
        CONSTRAINT register_imports_pkey PRIMARY KEY (id),
        CONSTRAINT register_imports_started_by_id_fkey FOREIGN KEY (started_by_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT register_imports_status_check CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
        CONSTRAINT register_imports_source_check CHECK (source IN ('CLI', 'UPLOAD'))
      )`);
    await q.query(`CREATE INDEX register_imports_started_at_idx ON register_imports (started_at)`);
    // One import at a time: "removed" is measured against what the import saw.
    await q.query(`CREATE UNIQUE INDEX register_imports_one_running_key ON register_imports (status) WHERE status = 'RUNNING'`);

    // Rows kept by a running import, written in batches while the file streams;
    // merged into register_entities in one short transaction at the end.
    await q.query(`
      CREATE TABLE register_import_rows (
        import_id uuid NOT NULL,
        org_number text NOT NULL,
        data jsonb NOT NULL,
        CONSTRAINT register_import_rows_pkey PRIMARY KEY (import_id, org_number),
        CONSTRAINT register_import_rows_import_id_fkey FOREIGN KEY (import_id) REFERENCES register_imports (id) ON DELETE CASCADE
      )`);

    await q.query(`
      CREATE TABLE company_imports (
        id uuid NOT NULL,
        imported_by_id uuid,
        imported_at timestamptz NOT NULL DEFAULT now(),
        report jsonb NOT NULL,
        CONSTRAINT company_imports_pkey PRIMARY KEY (id),
        CONSTRAINT company_imports_imported_by_id_fkey FOREIGN KEY (imported_by_id) REFERENCES users (id) ON DELETE SET NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE company_imports`);
    await q.query(`DROP TABLE register_import_rows`);
    await q.query(`DROP TABLE register_imports`);
    await q.query(`DROP TABLE register_entities`);
  }
}
