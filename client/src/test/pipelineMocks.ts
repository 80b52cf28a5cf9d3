import type { MockLink } from '@apollo/client/testing';
import { FilterOptionsQuery } from '../features/filters/hooks/useFilterOptions';
import { SavedViewsQuery } from '../features/filters/hooks/useSavedViews';
import { toProspectFilter, emptyFilter, type FilterValues } from '../features/filters/prospectFilter';
import { cardsPerColumn, PipelineQuery } from '../features/pipeline/hooks/usePipeline';

/** A UUID made from a short tag (the filter in the address only takes UUIDs, as the server makes them). */
export const uuid = (tag: string) =>
  `00000000-0000-4000-8000-${[...tag].map((c) => c.charCodeAt(0).toString(16)).join('').padStart(12, '0').slice(-12)}`;

export const focusAreas = {
  bioeconomy: { __typename: 'FocusArea', id: uuid('fa1'), nameNb: 'Bioøkonomi', nameEn: 'Bioeconomy', color: '#2e7d32' },
  pharma: { __typename: 'FocusArea', id: uuid('fa2'), nameNb: 'Bioøkonomi – farmasi', nameEn: 'Bioeconomy – pharma', color: '#6a1b9a' },
  defence: { __typename: 'FocusArea', id: uuid('fa3'), nameNb: 'Forsvarslogistikk', nameEn: 'Defence logistics', color: '#37474f' },
  health: { __typename: 'FocusArea', id: uuid('fa4'), nameNb: 'Folkehelse', nameEn: 'Public health', color: '#c62828' },
} as const;

const stage = (tag: string, key: string, nameNb: string, nameEn: string, position: number, category = 'OPEN', staleAfterDays: number | null = 30) =>
  ({ __typename: 'Stage', id: uuid(tag), key, nameNb, nameEn, category, position, staleAfterDays }) as const;

export const stages = {
  identified: stage('s1', 'IDENTIFIED', 'Identifisert', 'Identified', 1, 'OPEN', 60),
  contacted: stage('s2', 'CONTACTED', 'Kontaktet', 'Contacted', 2),
  dialogue: stage('s3', 'DIALOGUE', 'I dialog', 'In dialogue', 3),
  considering: stage('s4', 'CONSIDERING', 'Vurderer etablering', 'Considering establishment', 4, 'OPEN', 45),
  decision: stage('s5', 'DECISION', 'Beslutning', 'Decision', 5),
  won: stage('s6', 'WON', 'Etablert', 'Established', 6, 'WON', null),
  lost: stage('s7', 'LOST', 'Avsluttet', 'Closed', 7, 'LOST', null),
} as const;

export const users = {
  kari: { __typename: 'User', id: uuid('u1'), name: 'Kari Nordmann' },
  ola: { __typename: 'User', id: uuid('u2'), name: 'Ola Hansen' },
} as const;

const municipality = (number: string, name: string, inRegion: boolean) => ({ __typename: 'Municipality', number, name, inRegion }) as const;

/** What the filter bar offers. */
export function filterOptionsMock(): MockLink.MockedResponse {
  return {
    request: { query: FilterOptionsQuery },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        focusAreas: Object.values(focusAreas),
        stages: Object.values(stages).map(({ __typename, id, nameNb, nameEn }) => ({ __typename, id, nameNb, nameEn })),
        users: Object.values(users),
        municipalities: [
          municipality('3420', 'Elverum', true),
          municipality('3419', 'Våler', true),
          municipality('3422', 'Åmot', true),
          municipality('3421', 'Trysil', false),
        ],
      },
    },
  };
}

export interface ViewFixture {
  id: string;
  name: string;
  filter: Record<string, unknown>;
  shared?: boolean;
  mine?: boolean;
  version?: number;
  owner?: (typeof users)[keyof typeof users];
}

/** The saved views, `defaultId` among them the one the pipeline opens with. */
export function savedViewsMock(views: ViewFixture[] = [], defaultId: string | null = null, maxUsageCount = 1): MockLink.MockedResponse {
  return {
    request: { query: SavedViewsQuery },
    maxUsageCount,
    result: {
      data: {
        savedViews: views.map((view) => ({
          __typename: 'SavedView',
          shared: false,
          mine: true,
          version: 1,
          owner: users.kari,
          ...view,
        })),
        defaultView: defaultId ? { __typename: 'SavedView', id: defaultId } : null,
      },
    },
  };
}

export interface CardFixture {
  id: string;
  name: string;
  version?: number;
  estimatedJobs?: number | null;
  stale?: boolean;
  lastActivityAt?: string;
  focusAreas?: readonly (typeof focusAreas)[keyof typeof focusAreas][];
  owner?: (typeof users)[keyof typeof users] | null;
}

export function card(fields: CardFixture) {
  return {
    __typename: 'Prospect',
    version: 1,
    estimatedJobs: null,
    stale: false,
    lastActivityAt: new Date().toISOString(),
    focusAreas: [],
    owner: null,
    ...fields,
  } as const;
}

type StageFixture = (typeof stages)[keyof typeof stages];

/** A board: each stage with the given cards (count and job sum follow them unless given). */
export function board(cardsByStage: Partial<Record<keyof typeof stages, ReturnType<typeof card>[]>>, more: Partial<Record<keyof typeof stages, { count: number; endCursor: string }>> = {}) {
  return {
    pipeline: {
      __typename: 'Pipeline',
      columns: (Object.entries(stages) as [keyof typeof stages, StageFixture][]).map(([key, s]) => {
        const cards = cardsByStage[key] ?? [];
        const count = more[key]?.count ?? cards.length;
        return {
          __typename: 'PipelineColumn',
          stage: s,
          count,
          estimatedJobs: cards.reduce((sum, c) => sum + (c.estimatedJobs ?? 0), 0),
          cards: {
            __typename: 'ProspectConnection',
            totalCount: count,
            pageInfo: { __typename: 'PageInfo', hasNextPage: Boolean(more[key]), endCursor: more[key]?.endCursor ?? null },
            edges: cards.map((c, i) => ({ __typename: 'ProspectEdge', cursor: `${key}-${i}`, node: c })),
          },
        };
      }),
    },
  };
}

/** The board query for a filter, answering `data`. */
export function pipelineMock(data: ReturnType<typeof board>, filter: FilterValues = emptyFilter, maxUsageCount = 1): MockLink.MockedResponse {
  return {
    request: { query: PipelineQuery, variables: { filter: toProspectFilter(filter), first: cardsPerColumn } },
    maxUsageCount,
    result: { data },
  };
}
