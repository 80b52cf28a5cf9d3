import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../graphql/errors';

/**
 * UPDATE … WHERE id = $1 AND version = $2: the version check is in the UPDATE
 * itself, so of two writers with the same version exactly one succeeds and the
 * other gets CONFLICT with nothing changed.
 */
export async function updateVersioned(
  em: EntityManager,
  target: { table: string; id: string; version: number; what: string; whatNotFound: string },
  set: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(set);
  const assignments = columns.map((column, i) => `${column} = $${i + 3}`);
  const result = await em.query(
    `UPDATE ${target.table}
        SET ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
      WHERE id = $1 AND version = $2`,
    [target.id, target.version, ...columns.map((c) => set[c])],
  );
  if (affectedRows(result) === 1) return;
  const exists = await em.query(`SELECT 1 FROM ${target.table} WHERE id = $1`, [target.id]);
  throw exists.length ? conflict(target.what) : notFound(target.whatNotFound);
}

/** Rows touched by an UPDATE or DELETE run through EntityManager.query (pg answers [rows, count]). */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && typeof result[1] === 'number') return result[1];
  throw new Error('Expected [rows, rowCount] from an UPDATE or DELETE');
}
