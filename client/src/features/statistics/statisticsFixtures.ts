import type { MockLink } from '@apollo/client/testing';
import type { Period } from './period';
import { StatisticsBreakdownQuery, StatisticsDurationsQuery, StatisticsFiguresQuery } from './hooks/useStatistics';

// Answers of the two statistics operations for component tests (fetched with no-cache, so the
// shape only needs the fields asked for).
const stage = (id: string, nameNb: string, category = 'OPEN') => ({ __typename: 'Stage', id, nameNb, nameEn: nameNb, category }) as const;
export const fixtureStages = [stage('s1', 'Identifisert'), stage('s2', 'Kontaktet'), stage('s3', 'Beslutning')];
const target = (id: string, value: number) => ({ __typename: 'Target', id, value }) as const;

export function figuresAnswer(overrides: Record<string, unknown> = {}) {
  return {
    statistics: {
      __typename: 'Statistics',
      jobs: { __typename: 'JobsFigures', realized: 1234, weightedPipeline: 20.5, target: target('t-jobs', 100) },
      residents: { __typename: 'ResidentsFigures', realized: 35, target: target('t-res', 200) },
      establishmentsByYear: [
        { __typename: 'YearCount', year: 2016, count: 2 },
        { __typename: 'YearCount', year: 2017, count: 3 },
      ],
      won: 3,
      lost: 1,
      winRate: 0.75,
      activeCompanies: 10000,
      funnel: [
        { __typename: 'FunnelStep', reached: 40, conversion: 0.5, stage: fixtureStages[0] },
        { __typename: 'FunnelStep', reached: 20, conversion: 0.25, stage: fixtureStages[1] },
        { __typename: 'FunnelStep', reached: 5, conversion: null, stage: fixtureStages[2] },
      ],
      funnelWon: 0,
      jobsOverTime: [
        { __typename: 'MonthJobs', month: '2016-01', realized: 4, cumulative: 4 },
        { __typename: 'MonthJobs', month: '2016-02', realized: 0, cumulative: 4 },
      ],
      meetingsByQuarter: [
        { __typename: 'MeetingQuarterCount', quarter: '2016-Q1', kind: 'DIALOGUE_MEETING', count: 3 },
        { __typename: 'MeetingQuarterCount', quarter: '2016-Q1', kind: 'NETWORK_MEETING', count: 1 },
      ],
      ...overrides,
    },
    targets: [
      { __typename: 'Target', id: 't-est', metric: 'ESTABLISHMENTS', value: 3, perYear: true, periodStart: '2015-07-01', periodEnd: '2018-06-30' },
    ],
  };
}

export function breakdownAnswer() {
  return {
    statistics: {
      __typename: 'Statistics',
      byFocusArea: [
        {
          __typename: 'FocusAreaStatistics',
          focusArea: { __typename: 'FocusArea', id: 'fa1', nameNb: 'Bioøkonomi', nameEn: 'Bioeconomy', color: '#2e7d32' },
          won: 2,
          lost: 0,
          winRate: 1,
          realizedJobs: 12,
          funnel: [{ __typename: 'FunnelStep', reached: 8, conversion: 0.5, stage: { __typename: 'Stage', id: 's1' } }],
          funnelWon: 2,
        },
        {
          __typename: 'FocusAreaStatistics',
          focusArea: { __typename: 'FocusArea', id: 'fa4', nameNb: 'Folkehelse', nameEn: 'Public health', color: '#c62828' },
          won: 0,
          lost: 0,
          winRate: null,
          realizedJobs: 0,
          funnel: [{ __typename: 'FunnelStep', reached: 0, conversion: null, stage: { __typename: 'Stage', id: 's1' } }],
          funnelWon: 0,
        },
      ],
    },
  };
}

export function durationsAnswer() {
  return {
    statistics: {
      __typename: 'Statistics',
      timeInStage: [
        { __typename: 'StageTime', count: 4, medianDays: 12.46, stage: fixtureStages[0] },
        { __typename: 'StageTime', count: 0, medianDays: null, stage: fixtureStages[1] },
      ],
      medianDaysToDecision: 193.5,
    },
  };
}

/** The three statistics operations answering for `period` with no filter (the medians after `durationsDelay` ms). */
export function statisticsMocks(period: Period, figures = figuresAnswer(), durationsDelay = 0): MockLink.MockedResponse[] {
  const variables = { period, filter: {} };
  return [
    { request: { query: StatisticsFiguresQuery, variables }, result: { data: figures }, maxUsageCount: Number.POSITIVE_INFINITY },
    { request: { query: StatisticsBreakdownQuery, variables }, result: { data: breakdownAnswer() }, maxUsageCount: Number.POSITIVE_INFINITY },
    {
      request: { query: StatisticsDurationsQuery, variables },
      result: { data: durationsAnswer() },
      delay: durationsDelay,
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
}
