import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Named filters of the pipeline, personal or shared with the team, and each user's default. */
export class SavedViews1764000004000 implements MigrationInterface {
  name = 'SavedViews1764000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_views (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL,
        name text NOT NULL,
        filter jsonb NOT NULL DEFAULT '{}',
        shared boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT saved_views_pkey PRIMARY KEY (id),
        CONSTRAINT saved_views_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX saved_views_owner_idx ON saved_views (owner_id)`);
    await q.query(`ALTER TABLE users ADD COLUMN default_view_id uuid`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_default_view_id_fkey
      FOREIGN KEY (default_view_id) REFERENCES saved_views (id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN default_view_id`);
    await q.query(`DROP TABLE saved_views`);
  }
}
