import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { StageListQuery as StageListResult } from '../../../gql/graphql';

// What the table and the dialog read of a stage; the edit answers with it too, so the cache stays whole.
graphql(`
  fragment StageSettings_stage on Stage {
    id
    key
    nameNb
    nameEn
    category
    position
    probability
    staleAfterDays
    version
  }
`);

export const StageListQuery = graphql(`
  query StageList {
    stages {
      ...StageSettings_stage @unmask
    }
  }
`);

export type StageRecord = StageListResult['stages'][number];

/** The stages in pipeline order (the open ones, then won and lost); `reload` rejects when the fetch fails. */
export function useStageList() {
  const { data, error, refetch } = useQuery(StageListQuery);
  return { stages: data?.stages, error, reload: async () => void (await refetch()) };
}
