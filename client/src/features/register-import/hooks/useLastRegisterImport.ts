import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const LastRegisterImportQuery = graphql(`
  query LastRegisterImport {
    lastRegisterImport {
      id
      status
      source
      fileName
      startedAt
      finishedAt
      startedBy {
        id
        name
      }
      rowsRead
      rowsKept
      municipalities
      industryPrefixes
      newOrgNumbers
      changedOrgNumbers
      removedOrgNumbers
      error
    }
    municipalities {
      number
      name
      inRegion
    }
  }
`);

/** The latest register import (null before the first) and the municipalities to choose from. */
export function useLastRegisterImport() {
  return useQuery(LastRegisterImportQuery, { fetchPolicy: 'cache-and-network' });
}
