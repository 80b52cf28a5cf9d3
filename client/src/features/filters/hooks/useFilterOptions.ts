import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const FilterOptionsQuery = graphql(`
  query FilterOptions {
    focusAreas {
      id
      nameNb
      nameEn
      color
    }
    stages {
      id
      nameNb
      nameEn
    }
    users {
      id
      name
    }
    municipalities {
      number
      name
      inRegion
    }
  }
`);

/** What the filter can narrow by: focus areas, stages, owners and municipalities (region first), in display order. */
export function useFilterOptions() {
  const { data, error } = useQuery(FilterOptionsQuery);
  return { options: data, error };
}
