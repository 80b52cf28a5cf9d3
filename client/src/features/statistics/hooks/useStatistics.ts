import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type {
  ProspectFilter,
  StatisticsBreakdownQuery as BreakdownResult,
  StatisticsDurationsQuery as DurationsResult,
  StatisticsFiguresQuery as FiguresResult,
} from '../../../gql/graphql';
import type { Period } from '../period';

// Statistics is a value object (no id), so it cannot be read with useFragment: each figure's
// fragment is spread with @unmask and the component gets its part through props.
// The figures come in three operations: one would exceed the server's query-cost limit, and the
// medians (time in stage), which read rows rather than summaries, come last so the rest shows first.
export const StatisticsFiguresQuery = graphql(`
  query StatisticsFigures($filter: ProspectFilter, $period: PeriodInput!) {
    statistics(filter: $filter, period: $period) {
      ...TargetTiles_statistics @unmask
      ...FunnelChart_statistics @unmask
      ...EstablishmentsChart_statistics @unmask
      ...JobsBurnUp_statistics @unmask
      ...MeetingsByQuarter_statistics @unmask
    }
    targets {
      id
      metric
      value
      perYear
      periodStart
      periodEnd
    }
  }
`);

export const StatisticsBreakdownQuery = graphql(`
  query StatisticsBreakdown($filter: ProspectFilter, $period: PeriodInput!) {
    statistics(filter: $filter, period: $period) {
      ...FocusAreaConversion_statistics @unmask
    }
  }
`);

export const StatisticsDurationsQuery = graphql(`
  query StatisticsDurations($filter: ProspectFilter, $period: PeriodInput!) {
    statistics(filter: $filter, period: $period) {
      ...TimeInStage_statistics @unmask
    }
  }
`);

/** The figures from summaries: the first two operations' answers as one. */
export interface StatisticsFiguresData {
  statistics: FiguresResult['statistics'] & BreakdownResult['statistics'];
  targets: FiguresResult['targets'];
}
/** The medians: time in stage and time to decision. */
export type StatisticsDurations = DurationsResult['statistics'];
/** Every figure of the page and the report. */
export interface StatisticsData {
  statistics: StatisticsFiguresData['statistics'] & StatisticsDurations;
  targets: FiguresResult['targets'];
}

/**
 * Every figure of the statistics page and the board report, for the period and the company
 * filter: `figures` as soon as the summaries answer, `durations` when the medians do, and `data`
 * once all are in. Not cached: the operations ask for the same `statistics(…)` field, which has
 * no id, so in the cache each answer would replace the others; the figures are fetched fresh.
 */
export function useStatistics(period: Period, filter: ProspectFilter) {
  const options = { variables: { period, filter }, fetchPolicy: 'no-cache' } as const;
  const main = useQuery(StatisticsFiguresQuery, options);
  const breakdown = useQuery(StatisticsBreakdownQuery, options);
  const medians = useQuery(StatisticsDurationsQuery, options);
  const figures: StatisticsFiguresData | undefined =
    main.data && breakdown.data ? { statistics: { ...main.data.statistics, ...breakdown.data.statistics }, targets: main.data.targets } : undefined;
  const durations = medians.data?.statistics;
  const data: StatisticsData | undefined = figures && durations ? { ...figures, statistics: { ...figures.statistics, ...durations } } : undefined;
  const { refetch: refetchMain } = main;
  const { refetch: refetchBreakdown } = breakdown;
  const { refetch: refetchMedians } = medians;
  const refetch = useCallback(
    () => Promise.all([refetchMain(), refetchBreakdown(), refetchMedians()]),
    [refetchMain, refetchBreakdown, refetchMedians],
  );
  return {
    figures,
    durations,
    data,
    error: main.error ?? breakdown.error ?? medians.error,
    loading: main.loading || breakdown.loading || medians.loading,
    refetch,
  };
}
