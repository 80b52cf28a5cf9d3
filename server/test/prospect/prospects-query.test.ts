import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let ids: Record<string, string> = {};
let areas: Record<string, string>;
let stages: Record<string, string>;
let owner: string;

const LIST = `
  query List($first: Int, $after: String, $filter: ProspectFilter, $orderBy: ProspectOrder) {
    prospects(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const names = async (variables: Record<string, unknown>) =>
  (await client.data(LIST, variables)).prospects.edges.map((e: { node: { name: string } }) => e.node.name);

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db, await signedIn(db, 'BOARD'));
  const f = factories(db);
  areas = await f.focusAreaIds();
  stages = await f.stageIds();
  owner = await f.user({ name: 'Lars Nygård', role: 'LEADER' });
  ids.glomma = await f.prospect({
    name: 'GLOMMA FARMA AS', orgNumber: '952857991', focusAreas: ['BIOECONOMY_PHARMA', 'PUBLIC_HEALTH'],
    stage: 'DIALOGUE', ownerId: owner, targetMunicipality: '3420', municipality: '0427', estimatedJobs: 12,
    targetGroup: 'EXPANDING_COMPANY', contacts: ['Kari Berg', 'Ola Moen'], createdAt: '2016-02-01T10:00:00Z',
  });
  ids.rena = await f.prospect({
    name: 'Rena Forsvarslogistikk AS', focusAreas: ['DEFENCE_LOGISTICS'], stage: 'CONTACTED',
    targetMunicipality: '3422', estimatedJobs: 30, targetGroup: 'PUBLIC_RELOCATION', contacts: ['Per Strand'],
    createdAt: '2016-03-01T10:00:00Z',
  });
  ids.aktiv = await f.prospect({
    name: 'Aktiv Innlandet AS', focusAreas: ['PUBLIC_HEALTH'], stage: 'WON', targetMunicipality: '3419',
    createdAt: '2016-01-01T10:00:00Z',
  });
  ids.arkiv = await f.prospect({ name: 'Arkivert Bedrift AS', focusAreas: ['BIOECONOMY'], archived: true });
  ids.under = await f.prospect({ name: '100%_Under AS', focusAreas: ['BIOECONOMY'] });
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('prospects query', () => {
  it('lists active companies by name with focus areas, stage, owner and municipalities', async () => {
    const data = await client.data(`{
      prospects(first: 10) {
        totalCount
        edges { node {
          name orgNumber orgNumberFormatted estimatedJobs archived contactCount
          stage { key nameNb category probability }
          focusAreas { key nameNb color }
          owner { name }
          municipality { number name }
          targetMunicipality { number name inRegion }
        } }
      }
    }`);
    expect(data.prospects.totalCount).toBe(4);
    const glomma = data.prospects.edges.find((e: any) => e.node.name === 'GLOMMA FARMA AS').node;
    expect(glomma).toEqual({
      name: 'GLOMMA FARMA AS',
      orgNumber: '952857991',
      orgNumberFormatted: '952 857 991',
      estimatedJobs: 12,
      archived: false,
      contactCount: 2,
      stage: { key: 'DIALOGUE', nameNb: 'I dialog', category: 'OPEN', probability: 0.25 },
      focusAreas: [
        { key: 'BIOECONOMY_PHARMA', nameNb: 'Bioøkonomi – farmasi', color: '#6a1b9a' },
        { key: 'PUBLIC_HEALTH', nameNb: 'Folkehelse', color: '#c62828' },
      ],
      owner: { name: 'Lars Nygård' },
      municipality: { number: '3420', name: 'Elverum' }, // stored as the old 0427, reported as the current number
      targetMunicipality: { number: '3420', name: 'Elverum', inRegion: true },
    });
  });

  it('orders by name case-insensitively and pages with cursors', async () => {
    const first = await client.data(LIST, { first: 2 });
    expect(first.prospects.edges.map((e: any) => e.node.name)).toEqual(['100%_Under AS', 'Aktiv Innlandet AS']);
    expect(first.prospects.pageInfo.hasNextPage).toBe(true);
    const second = await client.data(LIST, { first: 2, after: first.prospects.pageInfo.endCursor });
    expect(second.prospects.edges.map((e: any) => e.node.name)).toEqual(['GLOMMA FARMA AS', 'Rena Forsvarslogistikk AS']);
    expect(second.prospects.pageInfo.hasNextPage).toBe(false);
    expect(second.prospects.totalCount).toBe(4);
  });

  it.each([
    ['NAME_DESC', ['Rena Forsvarslogistikk AS', 'GLOMMA FARMA AS', 'Aktiv Innlandet AS', '100%_Under AS']],
    ['ESTIMATED_JOBS_DESC', ['Rena Forsvarslogistikk AS', 'GLOMMA FARMA AS']],
    ['STAGE_ASC', ['100%_Under AS', 'Rena Forsvarslogistikk AS', 'GLOMMA FARMA AS', 'Aktiv Innlandet AS']],
  ])('orders by %s, one item per page, without gaps or repeats', async (orderBy, expected) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: any = await client.data(LIST, { first: 1, after, orderBy });
      seen.push(...data.prospects.edges.map((e: any) => e.node.name));
      if (!data.prospects.pageInfo.hasNextPage) break;
      after = data.prospects.pageInfo.endCursor;
    }
    expect(seen.slice(0, expected.length)).toEqual(expected);
    expect(seen).toHaveLength(4);
  });

  it('filters by any of the chosen focus areas', async () => {
    expect(await names({ filter: { focusAreaIds: [areas.DEFENCE_LOGISTICS, areas.BIOECONOMY_PHARMA] } })).toEqual([
      'GLOMMA FARMA AS',
      'Rena Forsvarslogistikk AS',
    ]);
  });

  it('combines stage, owner, municipalities and target group with AND', async () => {
    expect(await names({ filter: { stageIds: [stages.DIALOGUE, stages.WON] } })).toEqual(['Aktiv Innlandet AS', 'GLOMMA FARMA AS']);
    expect(await names({ filter: { ownerIds: [owner] } })).toEqual(['GLOMMA FARMA AS']);
    expect(await names({ filter: { targetMunicipalities: ['0429'] } })).toEqual(['Rena Forsvarslogistikk AS']);
    expect(await names({ filter: { municipalities: ['3420'] } })).toEqual(['GLOMMA FARMA AS']);
    expect(await names({ filter: { targetGroups: ['PUBLIC_RELOCATION'] } })).toEqual(['Rena Forsvarslogistikk AS']);
    expect(
      await names({ filter: { focusAreaIds: [areas.PUBLIC_HEALTH], stageIds: [stages.WON] } }),
    ).toEqual(['Aktiv Innlandet AS']);
  });

  it('leaves archived companies out unless asked', async () => {
    expect(await names({ filter: { archived: 'ARCHIVED' } })).toEqual(['Arkivert Bedrift AS']);
    expect(await names({ filter: { archived: 'ALL' } })).toHaveLength(5);
  });

  it('searches name, organisation number (with or without spaces) and contact names, case-insensitively', async () => {
    expect(await names({ filter: { text: 'glomma' } })).toEqual(['GLOMMA FARMA AS']);
    expect(await names({ filter: { text: '952 857 991' } })).toEqual(['GLOMMA FARMA AS']);
    expect(await names({ filter: { text: '952857' } })).toEqual(['GLOMMA FARMA AS']);
    expect(await names({ filter: { text: 'STRAND' } })).toEqual(['Rena Forsvarslogistikk AS']);
    expect(await names({ filter: { text: '%' } })).toEqual(['100%_Under AS']); // wildcards are literal
    expect(await names({ filter: { text: '_' } })).toEqual(['100%_Under AS']);
  });

  it('returns one company by id, and NOT_FOUND or BAD_USER_INPUT for bad ids', async () => {
    const data = await client.data(`query($id: ID!) { prospect(id: $id) { name } }`, { id: ids.rena });
    expect(data.prospect.name).toBe('Rena Forsvarslogistikk AS');
    expect(await client.errorCodes(`{ prospect(id: "00000000-0000-4000-8000-000000000000") { name } }`)).toEqual(['NOT_FOUND']);
    expect(await client.errorCodes(`{ prospect(id: "1; DROP TABLE prospects") { name } }`)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses bad arguments with BAD_USER_INPUT and a message that says what to fix', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ first: 0 }, /first må være minst 1/],
      [{ first: 1000 }, /first kan være høyst 200/],
      [{ after: 'not-a-cursor' }, /Ugyldig markør/],
      [{ after: Buffer.from(JSON.stringify(['a', "x' OR 1=1"])).toString('base64url') }, /Ugyldig markør/],
      [{ filter: { focusAreaIds: ['nope'] } }, /Ugyldig id/],
      [{ filter: { targetMunicipalities: ['12'] } }, /Kommunenummer har fire sifre/],
      [{ filter: { text: 'x'.repeat(201) } }, /høyst 200 tegn/],
    ];
    for (const [variables, message] of cases) {
      const result = await client.execute(LIST, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(JSON.stringify(result.errors)).not.toMatch(/SELECT|stack|QueryFailedError/i);
    }
  });
});

describe('reference data queries', () => {
  it('list focus areas, stages, targets and municipalities', async () => {
    const data = await client.data(`{
      focusAreas { key nameEn }
      stages { key category probability staleAfterDays }
      targets { metric value perYear periodStart periodEnd }
      municipalities { number name inRegion }
    }`);
    expect(data.focusAreas.map((f: any) => f.nameEn)).toEqual(['Bioeconomy', 'Bioeconomy – pharma', 'Defence logistics', 'Public health']);
    expect(data.stages.map((s: any) => `${s.key}:${s.category}:${s.probability}`)).toEqual([
      'IDENTIFIED:OPEN:0.05', 'CONTACTED:OPEN:0.1', 'DIALOGUE:OPEN:0.25', 'CONSIDERING:OPEN:0.5',
      'DECISION:OPEN:0.75', 'WON:WON:1', 'LOST:LOST:0',
    ]);
    expect(data.targets).toContainEqual({ metric: 'JOBS', value: 100, perYear: false, periodStart: '2015-07-01', periodEnd: '2018-06-30' });
    expect(data.municipalities.filter((m: any) => m.inRegion).map((m: any) => m.name)).toEqual(['Elverum', 'Våler', 'Åmot']);
  });
});
