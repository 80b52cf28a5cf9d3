import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateFocusAreaInput } from '../../../gql/graphql';
import { FocusAreaListQuery } from './useFocusAreaList';

export const CreateFocusAreaMutation = graphql(`
  mutation CreateFocusArea($input: CreateFocusAreaInput!) {
    createFocusArea(input: $input) {
      ...FocusAreaSettings_focusArea @unmask
    }
  }
`);

export const UpdateFocusAreaMutation = graphql(`
  mutation UpdateFocusArea($input: UpdateFocusAreaInput!) {
    updateFocusArea(input: $input) {
      ...FocusAreaSettings_focusArea @unmask
    }
  }
`);

/**
 * Adds a focus area, or changes one with the version the user saw. An edit reaches every chip,
 * filter and column through the cache (one FocusArea per id); a new one is in no cached list,
 * so the list is fetched again, and the saving lasts until it is in.
 */
export function useSaveFocusArea() {
  const [create] = useMutation(CreateFocusAreaMutation, { refetchQueries: [FocusAreaListQuery], awaitRefetchQueries: true });
  const [update] = useMutation(UpdateFocusAreaMutation);
  return (values: CreateFocusAreaInput, edited?: { id: string; version: number }) =>
    edited ? update({ variables: { input: { ...edited, ...values } } }) : create({ variables: { input: values } });
}
