import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { TargetListQuery } from './useTargetList';

export const RetireTargetMutation = graphql(`
  mutation RetireTarget($id: ID!, $version: Int!) {
    retireTarget(id: $id, version: $version) {
      id
      retiredAt
      version
    }
  }
`);

/** Takes a target out of force: it leaves the cached list of targets in force (the server keeps it for history). */
export function useRetireTarget() {
  const [mutate] = useMutation(RetireTargetMutation, {
    update(cache, { data }) {
      const retired = data?.retireTarget.id;
      if (!retired) return;
      cache.updateQuery({ query: TargetListQuery }, (list) => list && { targets: list.targets.filter((t) => t.id !== retired) });
    },
  });
  return (target: { id: string; version: number }) => mutate({ variables: { id: target.id, version: target.version } });
}
