import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { StatementCounter } from '../support/statement-counter';
import { createTestDatabase } from '../support/test-database';

const counter = new StatementCounter();
let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let areas: Record<string, string>;
let stages: Record<string, string>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

const PIPELINE = `query($filter: ProspectFilter, $first: Int) {
  pipeline(filter: $filter, first: $first) { columns {
    stage { key } count estimatedJobs
    cards { totalCount edges { node { name stale focusAreas { key } owner { name } contactCount } } pageInfo { hasNextPage endCursor } }
  } }
}`;
const column = (data: any, key: string) => data.pipeline.columns.find((c: any) => c.stage.key === key);
const names = (col: any) => col.cards.edges.map((e: any) => e.node.name);

beforeAll(async () => {
  db = await createTestDatabase({ logger: counter });
  client = await createTestClient(db, await signedIn(db, 'MEMBER'));
  const f = factories(db);
  areas = await f.focusAreaIds();
  stages = await f.stageIds();
  const owner = await f.user({ name: 'Lars' });
  // Dialogue: three defence companies, one public-health, one archived defence.
  await f.prospect({ name: 'Forsvar A', stage: 'DIALOGUE', focusAreas: ['DEFENCE_LOGISTICS'], estimatedJobs: 10, ownerId: owner, targetMunicipality: '3422' });
  await f.prospect({ name: 'Forsvar B', stage: 'DIALOGUE', focusAreas: ['DEFENCE_LOGISTICS', 'BIOECONOMY'], estimatedJobs: 5, targetMunicipality: '3420' });
  await f.prospect({ name: 'Forsvar C', stage: 'DIALOGUE', focusAreas: ['DEFENCE_LOGISTICS'], contacts: ['Glenn Moe'] });
  await f.prospect({ name: 'Helse A', stage: 'DIALOGUE', focusAreas: ['PUBLIC_HEALTH'], estimatedJobs: 3, targetMunicipality: '3422' });
  await f.prospect({ name: 'Arkiv Forsvar', stage: 'DIALOGUE', focusAreas: ['DEFENCE_LOGISTICS'], estimatedJobs: 99, archived: true });
  await f.prospect({ name: 'Bio Won', stage: 'WON', focusAreas: ['BIOECONOMY'], estimatedJobs: 7 });
  for (let i = 0; i < 30; i++) await f.prospect({ name: `Mange ${String(i).padStart(2, '0')}`, stage: 'IDENTIFIED', focusAreas: ['BIOECONOMY'] });
  // Manual order: C first, then A and B by last activity.
  await q(`UPDATE prospects SET position = 0 WHERE name = 'Forsvar C'`);
  await q(`UPDATE prospects SET position = 1, last_activity_at = now() - interval '2 days' WHERE name = 'Forsvar A'`);
  await q(`UPDATE prospects SET position = 1, last_activity_at = now() - interval '1 day' WHERE name = 'Forsvar B'`);
  await q(`UPDATE prospects SET position = 2, last_activity_at = now() - interval '40 days' WHERE name = 'Helse A'`);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('the pipeline query', () => {
  it('gives every stage with count, estimated jobs and cards ordered by position, then last activity', async () => {
    const data = await client.data(PIPELINE);
    expect(data.pipeline.columns.map((c: any) => c.stage.key)).toEqual(['IDENTIFIED', 'CONTACTED', 'DIALOGUE', 'CONSIDERING', 'DECISION', 'WON', 'LOST']);
    const dialogue = column(data, 'DIALOGUE');
    expect(dialogue).toMatchObject({ count: 4, estimatedJobs: 18 });
    expect(names(dialogue)).toEqual(['Forsvar C', 'Forsvar B', 'Forsvar A', 'Helse A']);
    expect(column(data, 'LOST')).toMatchObject({ count: 0, estimatedJobs: 0, cards: { edges: [] } });
  });

  it('marks cards with no activity past the stage limit as stale', async () => {
    const dialogue = column(await client.data(PIPELINE), 'DIALOGUE');
    const stale = Object.fromEntries(dialogue.cards.edges.map((e: any) => [e.node.name, e.node.stale]));
    expect(stale).toEqual({ 'Forsvar C': false, 'Forsvar B': false, 'Forsvar A': false, 'Helse A': true }); // I dialog: 30 days
  });

  it('filters by any of the focus areas, with the other fields, and archived left out', async () => {
    const data = await client.data(PIPELINE, { filter: { focusAreaIds: [areas.DEFENCE_LOGISTICS] } });
    expect(names(column(data, 'DIALOGUE'))).toEqual(['Forsvar C', 'Forsvar B', 'Forsvar A']);
    expect(column(data, 'DIALOGUE').estimatedJobs).toBe(15);
    expect(column(data, 'WON').count).toBe(0);
    const amot = await client.data(PIPELINE, { filter: { focusAreaIds: [areas.DEFENCE_LOGISTICS, areas.PUBLIC_HEALTH], targetMunicipalities: ['3422'] } });
    expect(names(column(amot, 'DIALOGUE'))).toEqual(['Forsvar A', 'Helse A']);
    const byContact = await client.data(PIPELINE, { filter: { text: 'glenn' } });
    expect(names(column(byContact, 'DIALOGUE'))).toEqual(['Forsvar C']);
  });

  it('has column counts equal to the company list’s totalCount for the same filter', async () => {
    for (const filter of [{}, { focusAreaIds: [areas.BIOECONOMY] }, { focusAreaIds: [areas.DEFENCE_LOGISTICS], archived: 'ALL' }, { text: 'forsvar' }]) {
      const board = await client.data(PIPELINE, { filter });
      const total = board.pipeline.columns.reduce((sum: number, c: any) => sum + c.count, 0);
      const list = await client.data(`query($filter: ProspectFilter) { prospects(filter: $filter) { totalCount } }`, { filter });
      expect(total, JSON.stringify(filter)).toBe(list.prospects.totalCount);
      for (const c of board.pipeline.columns) expect(c.cards.totalCount).toBe(c.count);
    }
  });

  it('loads more cards of a column with its cursor, without gaps or repeats', async () => {
    const first = column(await client.data(PIPELINE, { first: 12 }), 'IDENTIFIED');
    expect(first.cards.edges).toHaveLength(12);
    expect(first.cards.pageInfo.hasNextPage).toBe(true);
    const seen = names(first);
    let after = first.cards.pageInfo.endCursor;
    for (;;) {
      const more = (await client.data(
        `query($stageId: ID!, $after: String) { pipelineCards(stageId: $stageId, first: 12, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } } }`,
        { stageId: stages.IDENTIFIED, after },
      )).pipelineCards;
      seen.push(...more.edges.map((e: any) => e.node.name));
      if (!more.pageInfo.hasNextPage) break;
      after = more.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect(await client.errorCodes(`{ pipelineCards(stageId: "${stages.IDENTIFIED}", after: "garbage") { totalCount } }`)).toEqual(['BAD_USER_INPUT']);
  });

  it('costs the same number of SQL statements for 3 or 30 cards per column', async () => {
    const few = await counter.count(() => client.data(PIPELINE, { first: 3, filter: { focusAreaIds: [areas.BIOECONOMY, areas.DEFENCE_LOGISTICS] } }));
    const many = await counter.count(() => client.data(PIPELINE, { first: 30, filter: { focusAreaIds: [areas.BIOECONOMY, areas.DEFENCE_LOGISTICS] } }));
    expect(column(many.result, 'IDENTIFIED').cards.edges).toHaveLength(30);
    expect(many.statements.length).toBe(few.statements.length);
  });
});
