import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { createTestDatabase } from '../support/test-database';
import { expectLogIsAppendOnly } from '../support/stage-log-assertions';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('the stage-change log', () => {
  it('is append-only in the database itself', async () => {
    await expectLogIsAppendOnly(db);
  });

  it('accepts new entries', async () => {
    const [stage] = await db.dataSource.query(`SELECT id FROM stages WHERE key = 'IDENTIFIED'`);
    const [p] = await db.dataSource.query(`INSERT INTO prospects (name, stage_id) VALUES ('B', $1) RETURNING id`, [stage.id]);
    await db.dataSource.query(
      `INSERT INTO stage_changes (prospect_id, to_stage_id, changed_at) VALUES ($1, $2, now()), ($1, $2, now())`,
      [p.id, stage.id],
    );
    const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM stage_changes WHERE prospect_id = $1', [p.id]);
    expect(n).toBe(2);
  });
});
