import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const ProspectFormOptionsQuery = graphql(`
  query ProspectFormOptions {
    focusAreas {
      id
      key
      nameNb
      nameEn
      color
    }
    users {
      id
      name
      role
    }
    municipalities {
      number
      name
      inRegion
    }
  }
`);

/** What a company form offers to pick: focus areas, owners (the team, not the board), municipalities. */
export function useProspectFormOptions() {
  const { data, error, refetch } = useQuery(ProspectFormOptionsQuery);
  return {
    options: data && {
      focusAreas: data.focusAreas,
      owners: data.users.filter((user) => user.role !== 'BOARD'),
      municipalities: data.municipalities,
    },
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}

export type ProspectFormOptions = NonNullable<ReturnType<typeof useProspectFormOptions>['options']>;
