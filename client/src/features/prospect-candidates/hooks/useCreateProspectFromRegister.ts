import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../../../gql/gql';
import { newIdempotencyKey } from '../../../shared/apollo/newIdempotencyKey';

export const CreateProspectFromRegisterMutation = graphql(`
  mutation CreateProspectFromRegister($orgNumber: String!, $focusAreaIds: [ID!], $idempotencyKey: String) {
    createProspectFromRegister(orgNumber: $orgNumber, focusAreaIds: $focusAreaIds, idempotencyKey: $idempotencyKey) {
      id
      name
    }
  }
`);

/**
 * Makes a register entity a company in the first stage. One idempotency key per entity: a double
 * click or a retry after a lost answer gets the same company back.
 */
export function useCreateProspectFromRegister() {
  const keys = useRef(new Map<string, string>());
  const [mutate] = useMutation(CreateProspectFromRegisterMutation, {
    update(cache) {
      // The lists and the board now miss a company: let them ask again when next shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'prospects' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipeline' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipelineCards' });
      cache.gc();
    },
  });
  return async (orgNumber: string, focusAreaIds: string[]) => {
    let idempotencyKey = keys.current.get(orgNumber);
    if (!idempotencyKey) keys.current.set(orgNumber, (idempotencyKey = newIdempotencyKey()));
    const { data } = await mutate({ variables: { orgNumber, focusAreaIds, idempotencyKey } });
    return data!.createProspectFromRegister;
  };
}
