/**
 * What the benchmark asks: each scenario is one GraphQL POST as a page of the
 * client would send it. Ids (stage, focus areas, company) are picked from the
 * data, the same way every run, so runs on the same data compare.
 */
import type pg from 'pg';
import { getNamedType, isObjectType, isUnionType, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';

export interface Scenario {
  key: 'pipeline' | 'companies' | 'company' | 'board' | 'statistics';
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A card on the board and a row of the list: what the client shows for one company. */
const cardFields = `id name stale contactCount focusAreas { key nameNb color } owner { name }`;

export const bodyOf = (s: Scenario) => Buffer.from(JSON.stringify({ query: s.query, variables: s.variables }));

export interface ScenarioData {
  /** The open stage with the most active companies. */
  stageId: string;
  stageKey: string;
  stageSize: number;
  /** The first two focus areas in display order. */
  focusAreaIds: string[];
  /** A company from the middle of the name order. */
  prospectId: string;
}

export async function pickScenarioData(client: pg.Client): Promise<ScenarioData> {
  const { rows: [stage] } = await client.query<{ id: string; key: string; n: number }>(`
    SELECT s.id, s.key, count(p.id)::int AS n
      FROM stages s LEFT JOIN prospects p ON p.stage_id = s.id AND p.archived_at IS NULL
     WHERE s.category = 'OPEN' GROUP BY s.id ORDER BY n DESC, s.position LIMIT 1`);
  const { rows: areas } = await client.query<{ id: string }>('SELECT id FROM focus_areas ORDER BY position LIMIT 2');
  const { rows: [prospect] } = await client.query<{ id: string }>(`
    SELECT id FROM prospects WHERE archived_at IS NULL ORDER BY name, id
    OFFSET (SELECT count(*) / 2 FROM prospects WHERE archived_at IS NULL) LIMIT 1`);
  if (!stage || areas.length < 2 || !prospect) throw new Error('The benchmark database has no open stage, focus areas or companies.');
  return { stageId: stage.id, stageKey: stage.key, stageSize: stage.n, focusAreaIds: areas.map((a) => a.id), prospectId: prospect.id };
}

/** A 3-year period inside the generated data (2015–2018). */
export const statisticsPeriod = { from: '2016-01-01', to: '2018-12-31' };

export function buildScenarios(data: ScenarioData, schema: GraphQLSchema): { scenarios: Scenario[]; missing: string[] } {
  const scenarios: Scenario[] = [
    {
      key: 'pipeline',
      title: `pipeline page (${data.stageKey}, 2 focus areas, 50 cards)`,
      query: `query PipelinePage($stageId: ID!, $filter: ProspectFilter, $first: Int!) {
        pipelineCards(stageId: $stageId, filter: $filter, first: $first) {
          edges { node { ${cardFields} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { stageId: data.stageId, filter: { focusAreaIds: data.focusAreaIds }, first: 50 },
    },
    {
      key: 'companies',
      title: 'company list (first 50 by name)',
      query: `query CompanyList($first: Int!) {
        prospects(first: $first) {
          edges { node { ${cardFields} } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables: { first: 50 },
    },
    {
      key: 'company',
      title: 'company page (contacts, meetings, stage history)',
      query: `query CompanyPage($id: ID!) {
        prospect(id: $id) {
          id name orgNumberFormatted version lastActivityAt stale
          stage { key nameNb } owner { name } focusAreas { key nameNb color }
          contacts { id name title email phone }
          meetings { id kind startsAt followUpDate followUpDone }
          stageHistory { changedAt from { key } to { key } by { name } }
        }
      }`,
      variables: { id: data.prospectId },
    },
  ];
  const missing: string[] = [];
  const statistics = schema.getQueryType()?.getFields().statistics;
  if (statistics) {
    // Every field of the type, as the board's statistics page will grow to show them all.
    const periodType = String(statistics.args.find((a) => a.name === 'period')?.type ?? 'PeriodInput!');
    // The budget's set (budgets.md): funnel, by focus area, jobs against the targets.
    scenarios.push({
      key: 'board',
      title: `board statistics (${statisticsPeriod.from} – ${statisticsPeriod.to}: funnel, by focus area, jobs vs targets)`,
      query: `query BoardFigures($period: ${periodType}) {
        statistics(period: $period) {
          funnel { stage { key } reached conversion } funnelWon won lost winRate
          jobs { realized weightedPipeline target { value } }
          byFocusArea { focusArea { key } won lost winRate realizedJobs established funnel { reached conversion } funnelWon }
        }
        targetProgress { target { metric } realized value share weightedPipeline forecast }
      }`,
      variables: { period: statisticsPeriod },
    });
    scenarios.push({
      key: 'statistics',
      title: `statistics page (${statisticsPeriod.from} – ${statisticsPeriod.to}, every field, medians included)`,
      query: `query BoardStatistics($period: ${periodType}) { statistics(period: $period) ${selectionOf(getNamedType(statistics.type))} }`,
      variables: { period: statisticsPeriod },
    });
  } else {
    missing.push('statistics: not in the schema yet');
  }
  return { scenarios, missing };
}

/** Every field without required arguments, nested object types included, cycles cut. */
function selectionOf(type: GraphQLNamedType, path: string[] = []): string {
  if (isUnionType(type)) {
    return `{ __typename ${type.getTypes().map((t) => `... on ${t.name} ${selectionOf(t, path)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).filter((f: GraphQLField<unknown, unknown>) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')));
  const here = [...path, type.name];
  const parts = fields.flatMap((f) => {
    const inner = getNamedType(f.type);
    if (!isObjectType(inner) && !isUnionType(inner)) return [f.name];
    if (here.includes(inner.name) || here.length > 4) return [];
    return [`${f.name} ${selectionOf(inner, here)}`];
  });
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}
