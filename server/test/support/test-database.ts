import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { openDatabase, type Database, type DatabaseOptions } from '../../src/shared/database/database';
import { adminQuery, withDatabase } from './global-setup';

/**
 * A fresh, migrated database for one test file: a copy of the run's template
 * on PostgreSQL, or a PGlite opened from the migrated snapshot.
 */
export async function createTestDatabase(options: Pick<DatabaseOptions, 'logger'> = {}): Promise<Database> {
  const setup = inject('testDatabase');
  if (setup.kind === 'postgres') {
    const name = `magnet_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(setup.url, `CREATE DATABASE ${name} TEMPLATE ${setup.template}`);
    const db = await openDatabase({ url: withDatabase(setup.url, name), poolSize: 5, ...options });
    return {
      ...db,
      async close() {
        await db.close();
        await adminQuery(setup.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const snapshot = new Blob([fs.readFileSync(setup.snapshotFile)]);
  return openDatabase({ dataDir: 'memory://', loadDataDir: snapshot, ...options });
}
