import { migrate, type Database } from '../../../src/shared/database/database';
import { createTestDatabase } from '../../support/test-database';

/** A test database with the data modules' migrations applied (a no-op once they are in the template). */
export async function createDataTestDatabase(): Promise<Database> {
  const db = await createTestDatabase();
  await migrate(db);
  return db;
}
