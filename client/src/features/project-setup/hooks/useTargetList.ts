import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql/gql';
import type { TargetListQuery as TargetListResult } from '../../../gql/graphql';
import { byMetricAndPeriod } from '../targetMetrics';

// What the table and the dialog read of a target; the mutations answer with it too, so the cache stays whole.
graphql(`
  fragment TargetSettings_target on Target {
    id
    metric
    meetingKind
    value
    perYear
    periodStart
    periodEnd
    version
  }
`);

export const TargetListQuery = graphql(`
  query TargetList {
    targets {
      ...TargetSettings_target @unmask
    }
  }
`);

export type TargetRecord = TargetListResult['targets'][number];

/** The targets in force, by metric and period; `reload` rejects when the fetch fails. */
export function useTargetList() {
  const { data, error, refetch } = useQuery(TargetListQuery);
  const targets = useMemo(() => data && [...data.targets].sort(byMetricAndPeriod), [data]);
  return { targets, error, reload: async () => void (await refetch()) };
}
