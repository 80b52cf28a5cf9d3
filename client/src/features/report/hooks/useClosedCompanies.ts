import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { ClosedCompaniesQuery as ClosedCompaniesQueryResult, ClosedCompanies_ProspectFragment, ProspectFilter } from '../../../gql/graphql';
import { closingTime, osloDate } from '../closingDate';

graphql(`
  fragment ClosedCompanies_prospect on Prospect {
    id
    name
    realizedJobs
    estimatedJobs
    newResidents
    lostReason
    stage {
      id
      category
    }
    stageHistory {
      id
      changedAt
    }
  }
`);

export const ClosedCompaniesQuery = graphql(`
  query ClosedCompanies($filter: ProspectFilter!, $after: String) {
    prospects(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          ...ClosedCompanies_prospect @unmask
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ClosedStagesQuery = graphql(`
  query ClosedStages {
    stages {
      id
      category
    }
  }
`);

export interface ClosedCompany {
  prospect: ClosedCompanies_ProspectFragment;
  outcome: 'WON' | 'LOST';
  /** The Norwegian day it was won or lost. */
  closedOn: string;
}

type State = { companies: ClosedCompany[] | null; error: unknown };

/**
 * The companies won or lost in the period (current stage WON or LOST, closing date in it), for
 * the filter, oldest first. Archived ones count: history does not vanish. The API has no
 * closing-date filter, so every company now in WON or LOST is read, 20 at a time (the
 * query-cost limit allows no more with the log).
 */
export function useClosedCompanies(period: { from: string; to: string }, filter: ProspectFilter): State {
  const client = useApolloClient();
  const [state, setState] = useState<State>({ companies: null, error: null });
  const key = JSON.stringify([period, filter]);

  useEffect(() => {
    let cancelled = false;
    setState({ companies: null, error: null });
    (async () => {
      const { data: stageData } = await client.query({ query: ClosedStagesQuery });
      const closedStageIds = (stageData?.stages ?? []).filter((s) => s.category !== 'OPEN').map((s) => s.id);
      const found: ClosedCompany[] = [];
      let after: string | null = null;
      do {
        const closedFilter: ProspectFilter = { ...filter, archived: 'ALL', stageIds: closedStageIds };
        const { data }: { data?: ClosedCompaniesQueryResult } = await client.query({ query: ClosedCompaniesQuery, variables: { filter: closedFilter, after } });
        if (!data) throw new Error('No companies in the answer');
        for (const { node } of data.prospects.edges) {
          const closed = closingTime(node.stageHistory);
          if (!closed || node.stage.category === 'OPEN') continue;
          const closedOn = osloDate(closed);
          if (closedOn < period.from || closedOn > period.to) continue;
          found.push({ prospect: node, outcome: node.stage.category, closedOn });
        }
        after = data.prospects.pageInfo.hasNextPage ? (data.prospects.pageInfo.endCursor ?? null) : null;
      } while (after);
      found.sort((a, b) => a.closedOn.localeCompare(b.closedOn) || a.prospect.name.localeCompare(b.prospect.name, 'nb'));
      if (!cancelled) setState({ companies: found, error: null });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ companies: null, error });
    });
    return () => {
      cancelled = true;
    };
    // The key stands for period and filter (new objects with the same meaning must not refetch).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);

  return state;
}
