import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateProspectInput } from '../../../gql/graphql';

export const UpdateProspectMutation = graphql(`
  mutation UpdateProspect($input: UpdateProspectInput!) {
    updateProspect(input: $input) {
      id
      version
      lastActivityAt
      ...ProspectHeader_prospect
      ...EditCompany_prospect
      ...Timeline_prospect
    }
  }
`);

/** Saves changed details with the version the user saw; a stale version is a CONFLICT. */
export function useUpdateProspect() {
  const [mutate, { loading }] = useMutation(UpdateProspectMutation);
  return { update: (input: UpdateProspectInput) => mutate({ variables: { input } }), saving: loading };
}
