import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateContactInput, UpdateContactInput } from '../../../gql/graphql';

export const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!, $idempotencyKey: String) {
    createContact(input: $input, idempotencyKey: $idempotencyKey) {
      id
      ...ContactCard_contact
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      id
      ...ContactCard_contact
    }
  }
`);

export const DeleteContactMutation = graphql(`
  mutation DeleteContact($id: ID!, $version: Int!) {
    deleteContact(id: $id, version: $version)
  }
`);

/** A change of contact persons is an edit in the company's timeline: let it be asked for again. */
function staleTimeline(cache: ApolloCache, prospectId: string) {
  const id = cache.identify({ __typename: 'Prospect', id: prospectId });
  cache.evict({ id, fieldName: 'timeline' });
  cache.evict({ id, fieldName: 'contactCount' });
}

/** Adds, changes and removes the contact persons of one company, keeping its list in the cache. */
export function useContactMutations(prospectId: string) {
  const [create] = useMutation(CreateContactMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: 'Prospect', id: prospectId }),
        fields: {
          contacts: (existing, { toReference }) => [
            ...((existing ?? []) as readonly Reference[]),
            toReference(data.createContact),
          ],
        },
      });
      staleTimeline(cache, prospectId);
    },
  });
  const [update] = useMutation(UpdateContactMutation, {
    update: (cache) => staleTimeline(cache, prospectId),
  });
  const [remove] = useMutation(DeleteContactMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.evict({ id: cache.identify({ __typename: 'Contact', id: data.deleteContact }) });
      cache.gc();
      staleTimeline(cache, prospectId);
    },
  });
  return {
    createContact: (input: Omit<CreateContactInput, 'prospectId'>, idempotencyKey: string) =>
      create({ variables: { input: { ...input, prospectId }, idempotencyKey } }),
    updateContact: (input: UpdateContactInput) => update({ variables: { input } }),
    deleteContact: (id: string, version: number) => remove({ variables: { id, version } }),
  };
}
