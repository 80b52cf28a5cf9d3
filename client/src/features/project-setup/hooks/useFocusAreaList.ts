import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { FocusAreaListQuery as FocusAreaListResult } from '../../../gql/graphql';

// Every field any view reads of a focus area (key and position too): after the list is fetched
// again, the filters and the company forms read the same cached list and find all they need.
graphql(`
  fragment FocusAreaSettings_focusArea on FocusArea {
    id
    key
    nameNb
    nameEn
    color
    position
    version
  }
`);

export const FocusAreaListQuery = graphql(`
  query FocusAreaList {
    focusAreas {
      ...FocusAreaSettings_focusArea @unmask
    }
  }
`);

export type FocusAreaRecord = FocusAreaListResult['focusAreas'][number];

/** All focus areas in display order; `reload` rejects when the fetch fails. */
export function useFocusAreaList() {
  const { data, error, refetch } = useQuery(FocusAreaListQuery);
  return { focusAreas: data?.focusAreas, error, reload: async () => void (await refetch()) };
}
