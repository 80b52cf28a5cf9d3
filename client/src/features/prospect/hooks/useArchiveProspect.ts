import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

export const ArchiveProspectMutation = graphql(`
  mutation ArchiveProspect($id: ID!, $version: Int!) {
    archiveProspect(id: $id, version: $version) {
      id
      version
      archived
      lastActivityAt
      ...ProspectHeader_prospect
      ...Timeline_prospect
    }
  }
`);

export const RestoreProspectMutation = graphql(`
  mutation RestoreProspect($id: ID!, $version: Int!) {
    restoreProspect(id: $id, version: $version) {
      id
      version
      archived
      lastActivityAt
      ...ProspectHeader_prospect
      ...Timeline_prospect
    }
  }
`);

const refreshLists = {
  update(cache: { evict: (options: { id: string; fieldName: string }) => boolean }) {
    // Archived companies leave the lists and the board (they stay in the statistics).
    for (const fieldName of ['prospects', 'pipeline', 'pipelineCards']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  },
};

/** Archives a company (it leaves the pipeline, stays in the statistics) or restores it, with the version. */
export function useArchiveProspect() {
  const [archive, archiving] = useMutation(ArchiveProspectMutation, refreshLists);
  const [restore, restoring] = useMutation(RestoreProspectMutation, refreshLists);
  return {
    setArchived: (id: string, version: number, archived: boolean) =>
      archived ? archive({ variables: { id, version } }) : restore({ variables: { id, version } }),
    busy: archiving.loading || restoring.loading,
  };
}
