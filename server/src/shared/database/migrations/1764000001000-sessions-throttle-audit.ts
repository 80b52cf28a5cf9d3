import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side sessions, login throttling shared by all server processes, and the audit log. */
export class SessionsThrottleAudit1764000001000 implements MigrationInterface {
  name = 'SessionsThrottleAudit1764000001000';

  async up(q: QueryRunner): Promise<void> {
    // Edits of users carry the version the admin saw, like every other edit.
    await q.query(`ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text,
        CONSTRAINT sessions_pkey PRIMARY KEY (id),
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash),
        CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    // Consecutive failed logins per key ("account:<email>" or "ip:<address>").
    await q.query(`
      CREATE TABLE login_failures (
        key text NOT NULL,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        CONSTRAINT login_failures_pkey PRIMARY KEY (key)
      )`);

    await q.query(`
      CREATE TABLE audit_entries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        diff jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT audit_entries_pkey PRIMARY KEY (id),
        CONSTRAINT audit_entries_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES users (id)
      )`);
    await q.query(`CREATE INDEX audit_entries_at_idx ON audit_entries (at)`);
    await q.query(`CREATE INDEX audit_entries_entity_idx ON audit_entries (entity, entity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_entries`);
    await q.query(`DROP TABLE login_failures`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`ALTER TABLE users DROP COLUMN version`);
  }
}
