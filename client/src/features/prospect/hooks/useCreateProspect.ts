import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';
import { newIdempotencyKey } from '../../../shared/apollo/newIdempotencyKey';
import type { ProspectValues } from '../prospectDraft';

export const CreateProspectMutation = graphql(`
  mutation CreateProspect($input: CreateProspectInput!, $idempotencyKey: String) {
    createProspect(input: $input, idempotencyKey: $idempotencyKey) {
      id
      name
    }
  }
`);

/**
 * Creates a company. The idempotency key is made once per form: a double click or a retry after
 * a lost answer gets the same company back instead of a second one.
 */
export function useCreateProspect() {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [mutate, { loading, error, reset }] = useMutation(CreateProspectMutation, {
    update(cache) {
      // The lists and the board now miss a company: let them ask again when next shown.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'prospects' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipeline' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'pipelineCards' });
      cache.gc();
    },
  });
  const createProspect = (input: ProspectValues) =>
    mutate({ variables: { input, idempotencyKey } }).then(
      ({ data }) => data?.createProspect,
      () => undefined, // the error is in `error`
    );
  return { createProspect, creating: loading, error, reset };
}
