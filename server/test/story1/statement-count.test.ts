import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase } from '../support/test-database';

const counter = new StatementCounter();
let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;

const LIST = `query($first: Int) { prospects(first: $first) { totalCount edges { node {
  name focusAreas { key } owner { name } stage { key } contactCount lastMeetingAt
} } } }`;

beforeAll(async () => {
  db = await createTestDatabase({ logger: counter });
  client = await createTestClient(db, await signedIn(db, 'MEMBER'));
  const f = factories(db);
  const owners = [await f.user({ name: 'Eier 1' }), await f.user({ name: 'Eier 2' })];
  for (let i = 0; i < 60; i++) {
    const id = await f.prospect({
      name: `Bedrift ${String(i).padStart(2, '0')} AS`, ownerId: owners[i % 2], focusAreas: ['BIOECONOMY', 'PUBLIC_HEALTH'],
      contacts: ['Kari', 'Ola'],
    });
    const [m] = await db.dataSource.query(`INSERT INTO meetings (kind, starts_at) VALUES ('PHONE_CALL', now() - interval '1 day') RETURNING id`);
    await db.dataSource.query('INSERT INTO meeting_prospects (meeting_id, prospect_id) VALUES ($1, $2)', [m.id, id]);
  }
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('no N+1', () => {
  it('lists 50 companies with focus areas, owner, stage, contact count and last meeting in as many statements as 5', async () => {
    const five = await counter.count(() => client.data(LIST, { first: 5 }));
    const fifty = await counter.count(() => client.data(LIST, { first: 50 }));
    expect(fifty.result.prospects.edges).toHaveLength(50);
    expect(fifty.result.prospects.edges[0].node.focusAreas).toHaveLength(2);
    expect(fifty.result.prospects.edges[0].node.contactCount).toBe(2);
    expect(fifty.result.prospects.edges[0].node.lastMeetingAt).not.toBeNull();
    expect(fifty.statements.length).toBe(five.statements.length);
    // page, count, focus-area links, focus areas, owners, stages, contact counts, last meetings
    expect(fifty.statements.length, fifty.statements.join('\n')).toBe(8);
  });
});
