import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../gql/gql';
import type { ProspectFilter, StatisticsBreakdownQuery as BreakdownResult, StatisticsFiguresQuery as FiguresResult } from '../../../gql/graphql';
import type { Period } from '../period';

// Statistics is a value object (no id), so it cannot be read with useFragment: each figure's
// fragment is spread with @unmask and the component gets its part through props.
// The figures come in two operations because one would exceed the server's query-cost limit.
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
      ...TimeInStage_statistics @unmask
    }
  }
`);

/** Every figure of the page and the report: both operations' answers as one. */
export interface StatisticsData {
  statistics: FiguresResult['statistics'] & BreakdownResult['statistics'];
  targets: FiguresResult['targets'];
}

/**
 * Every figure of the statistics page and the board report, for the period and the company
 * filter. Not cached: both operations ask for the same `statistics(…)` field, which has no id,
 * so in the cache each answer would replace the other's; the figures are fetched fresh instead.
 */
export function useStatistics(period: Period, filter: ProspectFilter) {
  const options = { variables: { period, filter }, fetchPolicy: 'no-cache' } as const;
  const figures = useQuery(StatisticsFiguresQuery, options);
  const breakdown = useQuery(StatisticsBreakdownQuery, options);
  const data: StatisticsData | undefined =
    figures.data && breakdown.data
      ? { statistics: { ...figures.data.statistics, ...breakdown.data.statistics }, targets: figures.data.targets }
      : undefined;
  const { refetch: refetchFigures } = figures;
  const { refetch: refetchBreakdown } = breakdown;
  const refetch = useCallback(
    () => Promise.all([refetchFigures(), refetchBreakdown()]),
    [refetchFigures, refetchBreakdown],
  );
  return { data, error: figures.error ?? breakdown.error, loading: figures.loading || breakdown.loading, refetch };
}
