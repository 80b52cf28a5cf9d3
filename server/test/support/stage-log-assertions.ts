import { expect } from 'vitest';
import type { Database } from '../../src/shared/database/database';

/** UPDATE, DELETE and TRUNCATE on stage_changes must fail, and the entry must stay as it was. */
export async function expectLogIsAppendOnly(db: Database): Promise<void> {
  const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
  const [stage] = await q(`SELECT id FROM stages WHERE key = 'IDENTIFIED'`);
  const [other] = await q(`SELECT id FROM stages WHERE key = 'CONTACTED'`);
  const [prospect] = await q(`INSERT INTO prospects (name, stage_id) VALUES ('Logg AS', $1) RETURNING id`, [stage.id]);
  const [entry] = await q(
    `INSERT INTO stage_changes (prospect_id, to_stage_id, changed_at) VALUES ($1, $2, '2016-01-01T10:00:00Z') RETURNING id`,
    [prospect.id, stage.id],
  );

  await expect(q('UPDATE stage_changes SET to_stage_id = $1 WHERE id = $2', [other.id, entry.id])).rejects.toThrow(
    /append-only: UPDATE/,
  );
  await expect(q('DELETE FROM stage_changes WHERE id = $1', [entry.id])).rejects.toThrow(/append-only: DELETE/);
  await expect(q('TRUNCATE stage_changes')).rejects.toThrow(/append-only: TRUNCATE/);

  const [after] = await q('SELECT to_stage_id, changed_at FROM stage_changes WHERE id = $1', [entry.id]);
  expect(after.to_stage_id).toBe(stage.id);
  expect(new Date(after.changed_at).toISOString()).toBe('2016-01-01T10:00:00.000Z');
}
