import { PGlite } from '@electric-sql/pglite';
import type { Sql } from './postgres';

/**
 * Opens an embedded (PGlite) data folder directly, to check what a stopped
 * server left behind. The folder must not be in use: PGlite is one process.
 */
export async function openEmbedded(dataDir: string): Promise<Sql> {
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const pglite = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const sql = (async (text: string, params?: unknown[]) => (await pglite.query(text, params)).rows) as Sql;
  sql.close = () => pglite.close();
  return sql;
}
