import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const RegisterMunicipalitiesQuery = graphql(`
  query RegisterMunicipalities {
    municipalities {
      number
      name
      inRegion
    }
  }
`);

/** The region's municipalities and their neighbours, region first, to narrow a search. */
export function useMunicipalities() {
  return useQuery(RegisterMunicipalitiesQuery).data?.municipalities ?? [];
}
