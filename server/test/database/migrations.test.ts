import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { seedDemoIfEmpty } from '../../src/modules/demo/demo.seed';
import { createTestDatabase } from '../support/test-database';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('migrations', () => {
  it('leave nothing for the entities to add: entities and migrations agree', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seed the four focus areas with Norwegian and English names and a colour', async () => {
    const rows = await db.dataSource.query('SELECT key, name_nb, name_en, color FROM focus_areas ORDER BY position');
    expect(rows).toEqual([
      { key: 'BIOECONOMY', name_nb: 'Bioøkonomi', name_en: 'Bioeconomy', color: '#2e7d32' },
      { key: 'BIOECONOMY_PHARMA', name_nb: 'Bioøkonomi – farmasi', name_en: 'Bioeconomy – pharma', color: '#6a1b9a' },
      { key: 'DEFENCE_LOGISTICS', name_nb: 'Forsvarslogistikk', name_en: 'Defence logistics', color: '#37474f' },
      { key: 'PUBLIC_HEALTH', name_nb: 'Folkehelse', name_en: 'Public health', color: '#c62828' },
    ]);
  });

  it('seed the seven default stages with category and probability', async () => {
    const rows = await db.dataSource.query(
      'SELECT name_nb, category, probability_percent FROM stages ORDER BY position',
    );
    expect(rows.map((r: any) => `${r.name_nb} ${r.category} ${r.probability_percent}`)).toEqual([
      'Identifisert OPEN 5',
      'Kontaktet OPEN 10',
      'I dialog OPEN 25',
      'Vurderer etablering OPEN 50',
      'Beslutning OPEN 75',
      'Etablert WON 100',
      'Avsluttet LOST 0',
    ]);
  });

  it('seed the programme targets', async () => {
    const rows = await db.dataSource.query(
      `SELECT metric, period_start::text AS start, period_end::text AS end, value, per_year FROM targets ORDER BY metric`,
    );
    expect(rows).toEqual([
      { metric: 'ESTABLISHMENTS', start: '2015-07-01', end: '2018-06-30', value: 3, per_year: true },
      { metric: 'JOBS', start: '2015-07-01', end: '2018-06-30', value: 100, per_year: false },
      { metric: 'RESIDENTS', start: '2015-07-01', end: '2018-06-30', value: 200, per_year: false },
    ]);
  });

  it('index the pipeline and text search', async () => {
    const rows: { indexname: string }[] = await db.dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`,
    );
    const names = rows.map((r) => r.indexname);
    expect(names).toEqual(
      expect.arrayContaining([
        'prospects_stage_position_idx',
        'prospect_focus_areas_focus_area_id_idx',
        'prospects_owner_idx',
        'prospects_target_municipality_idx',
        'prospects_name_trgm_idx',
        'contacts_name_trgm_idx',
        'prospects_org_number_active_key',
      ]),
    );
  });

  it('run down and up again on seeded data, one by one, keeping the row counts', async () => {
    await seedDemoIfEmpty(db.dataSource.manager, { password: 'demo-passord-123' });
    const counts = async () => {
      const tables: { table_name: string }[] = await db.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
      );
      const result: Record<string, number> = {};
      for (const { table_name } of tables) result[table_name] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table_name}`))[0].n;
      return result;
    };
    const before = await counts();
    expect(before.prospects).toBeGreaterThan(50);
    // Every migration but the first (which creates the seeded tables) goes down and up again.
    for (let undone = 1; undone < db.dataSource.migrations.length; undone++) {
      for (let i = 0; i < undone; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
      await db.dataSource.runMigrations({ transaction: 'each' });
      expect(await counts(), `after undoing ${undone} migration(s)`).toEqual(before);
    }
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });

  it('run down and up again', async () => {
    for (let i = 0; i < db.dataSource.migrations.length; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(n).toBe(0);
    await db.dataSource.runMigrations({ transaction: 'each' });
    const [{ stages }] = await db.dataSource.query('SELECT count(*)::int AS stages FROM stages');
    expect(stages).toBe(7);
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
