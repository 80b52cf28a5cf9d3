import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { createDataTestDatabase } from './support/data-database';

vi.mock('../../src/shared/database/entities', async (io) => (await import('./support/data-modules.js')).withDataEntities(io as any));
vi.mock('../../src/shared/database/migrations', async (io) => (await import('./support/data-modules.js')).withDataMigrations(io as any));

let db: Database;
beforeAll(async () => {
  db = await createDataTestDatabase();
});
afterAll(() => db.close());

describe('data modules: migrations', () => {
  it('agree with the entities', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('go down and up again, keeping the settings row', async () => {
    // Down to before the data modules' migrations, whatever came after them.
    const applied = async () => (await db.dataSource.query(`SELECT name FROM migrations`)).map((r: { name: string }) => r.name);
    while ((await applied()).includes('RegisterAndCompanyImports1764000005000')) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const tables = async () =>
      (await db.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
        (r: { table_name: string }) => r.table_name,
      );
    expect(await tables()).not.toContain('register_entities');
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(expect.arrayContaining(['register_entities', 'register_imports', 'register_import_rows', 'company_imports', 'app_settings']));
    expect(await db.dataSource.query(`SELECT key, value FROM app_settings`)).toEqual([{ key: 'retention', value: { months: null } }]);
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
