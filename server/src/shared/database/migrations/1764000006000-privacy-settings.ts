import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Settings kept in the database (shared by every server process), starting with the retention rule. */
export class PrivacySettings1764000006000 implements MigrationInterface {
  name = 'PrivacySettings1764000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_settings (
        key text NOT NULL,
        value jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_settings_pkey PRIMARY KEY (key)
      )`);
    // Off until someone with the right sets it: erasing is not undoable.
    await q.query(`INSERT INTO app_settings (key, value) VALUES ('retention', '{"months": null}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE app_settings`);
  }
}
