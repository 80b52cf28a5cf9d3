import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateStageInput } from '../../../gql/graphql';

export const UpdateStageMutation = graphql(`
  mutation UpdateStage($input: UpdateStageInput!) {
    updateStage(input: $input) {
      ...StageSettings_stage @unmask
    }
  }
`);

/** Whether a company is stale depends on its stage's limit: drop the cached marks, so views ask again. */
function forgetStaleMarks(cache: ApolloCache) {
  // The cache is an InMemoryCache: its snapshot is keyed by the objects' ids (`Prospect:…`).
  for (const id of Object.keys(cache.extract() as object)) {
    if (id.startsWith('Prospect:')) cache.evict({ id, fieldName: 'stale' });
  }
  cache.gc();
}

/**
 * Changes a stage with the version the user saw. The columns, filters and steppers follow the
 * answer through the cache (one Stage per id); a new limit for "stale" also resets the companies'
 * cached stale marks.
 */
export function useUpdateStage() {
  const [mutate] = useMutation(UpdateStageMutation);
  return (input: UpdateStageInput, staleLimitChanged: boolean) =>
    mutate({
      variables: { input },
      update: (cache) => {
        if (staleLimitChanged) forgetStaleMarks(cache);
      },
    });
}
