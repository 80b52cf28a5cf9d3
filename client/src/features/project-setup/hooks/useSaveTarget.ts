import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateTargetInput } from '../../../gql/graphql';
import { TargetListQuery } from './useTargetList';

export const CreateTargetMutation = graphql(`
  mutation CreateTarget($input: CreateTargetInput!) {
    createTarget(input: $input) {
      ...TargetSettings_target @unmask
    }
  }
`);

export const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      ...TargetSettings_target @unmask
    }
  }
`);

/**
 * Adds a target, or changes one with the version the user saw. The cached list follows the
 * answer (the page sorts it); the statistics fetch their targets fresh each time (no-cache).
 */
export function useSaveTarget() {
  const [create] = useMutation(CreateTargetMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.updateQuery({ query: TargetListQuery }, (list) => list && { targets: [...list.targets, data.createTarget] });
    },
  });
  const [update] = useMutation(UpdateTargetMutation);
  return (values: CreateTargetInput, edited?: { id: string; version: number }) =>
    edited ? update({ variables: { input: { ...edited, ...values } } }) : create({ variables: { input: values } });
}
