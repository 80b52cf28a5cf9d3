import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../../../server/src/shared/database/data-dir-lock';
import type { Sql } from './postgres';

/**
 * Opens an embedded (PGlite) data folder directly, to check what a stopped
 * server left behind. It takes the folder's lock as the server does.
 */
export async function openEmbedded(dataDir: string): Promise<Sql> {
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const unlock = lockDataDir(dataDir);
  const pglite = await PGlite.create({ dataDir, extensions: { pg_trgm } }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const sql = (async (text: string, params?: unknown[]) => (await pglite.query(text, params)).rows) as Sql;
  sql.close = () => pglite.close().finally(unlock);
  return sql;
}
