import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { ColumnMappingInput, DuplicateHandling } from '../../../gql/graphql';

export const PreviewCompanyImportQuery = graphql(`
  query PreviewCompanyImport($csv: String!, $mapping: [ColumnMappingInput!]) {
    previewCompanyImport(csv: $csv, mapping: $mapping) {
      canCommit
      delimiter
      headers
      rowCount
      mapping {
        column
        field
      }
      rows {
        line
        name
        orgNumber
        website
        industryCode
        industryText
        legalForm
        employees
        address
        postalCode
        postalPlace
        municipality
        targetMunicipality
        estimatedJobs
        source
      }
      issues {
        line
        column
        field
        message
      }
      duplicates {
        line
        orgNumber
        kind
        firstLine
        prospectId
        prospectName
      }
    }
  }
`);

export const CommitCompanyImportMutation = graphql(`
  mutation CommitCompanyImport(
    $csv: String!
    $mapping: [ColumnMappingInput!]
    $duplicates: DuplicateHandling!
    $idempotencyKey: String!
  ) {
    commitCompanyImport(csv: $csv, mapping: $mapping, duplicates: $duplicates, idempotencyKey: $idempotencyKey) {
      id
      created
      merged
      skipped
    }
  }
`);

// The GraphQL body limit is 200 kB; a bigger file says so and gets the import's larger limit.
const largeBody = 100_000;
const headersFor = (csv: string) => (csv.length > largeBody ? { 'x-magnet-csv-import': '1' } : {});

/**
 * What a commit of `csv` with `mapping` (null: the suggested one) would do. Computing it writes
 * nothing; the file is not kept in the cache (it can be megabytes, and is personal to this page).
 */
export function useCompanyImportPreview(csv: string | null, mapping: ColumnMappingInput[] | null) {
  return useQuery(PreviewCompanyImportQuery, {
    variables: { csv: csv ?? '', mapping },
    skip: csv === null,
    fetchPolicy: 'no-cache',
    context: { headers: headersFor(csv ?? '') },
  });
}

/** Writes every row or nothing; a retry with the same key returns the first report. */
export function useCommitCompanyImport() {
  const [mutate, { loading }] = useMutation(CommitCompanyImportMutation, {
    update(cache) {
      // New companies: lists and board ask again when next shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'prospects' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipeline' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipelineCards' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'prospectCandidates' });
      cache.gc();
    },
  });
  const commit = async (input: {
    csv: string;
    mapping: ColumnMappingInput[] | null;
    duplicates: DuplicateHandling;
    idempotencyKey: string;
  }) => {
    const { data } = await mutate({ variables: input, context: { headers: headersFor(input.csv) } });
    return data!.commitCompanyImport;
  };
  return { commit, committing: loading };
}
