/**
 * Run as a script (`node -r ./server/register.cjs test/e2e/support/seed-many-companies.ts <dataDir> <count> <password>`):
 * fills an embedded data folder with the demo (users, stages, focus areas, ~60 companies) and
 * `count` more companies, then closes it, so a server can start on it. See many-companies.ts.
 */
import 'reflect-metadata';
import { seedDemoIfEmpty } from '../../../server/src/modules/demo/demo.seed';
import { migrate, openDatabase } from '../../../server/src/shared/database/database';

async function main(): Promise<void> {
  const [dataDir, countText, password] = process.argv.slice(2);
  const count = Number(countText);
  if (!dataDir || !Number.isInteger(count) || count < 1 || !password) {
    throw new Error('usage: seed-many-companies.ts <dataDir> <count> <password>');
  }
  const db = await openDatabase({ dataDir });
  try {
    await migrate(db);
    await seedDemoIfEmpty(db.dataSource.manager, { password });
    // One set-based statement: the companies, and the first entry of each one's stage log
    // (creation writes it), spread over the stages' positions like companies added one by one.
    await db.dataSource.query(
      `WITH stage AS (SELECT id FROM stages WHERE key = 'IDENTIFIED'),
            created AS (
              INSERT INTO prospects (name, stage_id, estimated_jobs, target_municipality, position, last_activity_at, created_at, updated_at)
              SELECT 'Testbedrift ' || lpad(n::text, 5, '0'), stage.id, n % 40, '3420', 1000 + n,
                     now() - n * interval '1 minute', now() - n * interval '1 minute', now()
              FROM generate_series(1, $1::int) AS n, stage
              RETURNING id, stage_id, created_at
            )
       INSERT INTO stage_changes (prospect_id, from_stage_id, to_stage_id, changed_at)
       SELECT id, NULL, stage_id, created_at FROM created`,
      [count],
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
