import type { Database } from '../../../src/shared/database/database';
import { createTestClient, signedIn } from '../../support/graphql';
import { createTestDatabase } from '../../support/test-database';
import { factories } from '../../support/factories';

export type TestClient = Awaited<ReturnType<typeof createTestClient>>;

/** A fuzz file's world: its own database, a signed-in writer, and the ids inputs can point at. */
export interface FuzzWorld {
  db: Database;
  client: TestClient;
  viewerId: string;
  stages: Record<string, string>;
  focusAreas: string[];
  /** Active users (valid owners and participants) and one deactivated user. */
  activeUserIds: string[];
  inactiveUserId: string;
  q: (sql: string, params?: unknown[]) => Promise<any[]>;
  stop(): Promise<void>;
}

export async function createFuzzWorld(role = 'LEADER'): Promise<FuzzWorld> {
  const db = await createTestDatabase();
  const viewer = await signedIn(db, role, `Fuzz ${role}`);
  const client = await createTestClient(db, viewer);
  const f = factories(db);
  const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
  const other = await f.user({ role: 'MEMBER' });
  const inactiveUserId = await f.user({ role: 'MEMBER' });
  await q('UPDATE users SET active = false WHERE id = $1', [inactiveUserId]);
  return {
    db,
    client,
    viewerId: viewer.id,
    stages: await f.stageIds(),
    focusAreas: Object.values(await f.focusAreaIds()),
    activeUserIds: [viewer.id, other],
    inactiveUserId,
    q,
    async stop() {
      await client.stop();
      await db.close();
    },
  };
}

/** Shaped like a UUID (any case): safe to hand to PostgreSQL as one in the test's own queries. */
export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
