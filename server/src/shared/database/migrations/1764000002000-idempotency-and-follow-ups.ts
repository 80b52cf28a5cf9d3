import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotent creates (a retry with the same key returns the first result) and the follow-up list. */
export class IdempotencyAndFollowUps1764000002000 implements MigrationInterface {
  name = 'IdempotencyAndFollowUps1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        result_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, key),
        CONSTRAINT idempotency_keys_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX meetings_open_follow_up_idx ON meetings (follow_up_date) WHERE NOT follow_up_done`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meetings_open_follow_up_idx`);
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
