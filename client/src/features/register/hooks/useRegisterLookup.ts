import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { RegisterEntity_FieldsFragment, RegisterLookupStatus } from '../../../gql/graphql';

export const RegisterLookupQuery = graphql(`
  query RegisterLookup($orgNumber: String!) {
    registerLookup(orgNumber: $orgNumber) {
      status
      message
      deletedOn
      entity {
        ...RegisterEntity_fields @unmask
      }
    }
  }
`);

export type RegisterEntity = RegisterEntity_FieldsFragment;

export type LookupState =
  | { state: 'idle' }
  | { state: 'loading'; orgNumber: string }
  | {
      state: 'done';
      orgNumber: string;
      status: RegisterLookupStatus;
      message: string | null;
      deletedOn: string | null;
      entity: RegisterEntity | null;
    }
  | { state: 'failed'; orgNumber: string; error: unknown };

/**
 * Asks Enhetsregisteret (through the server) about one organisation number. Only the answer to
 * the latest question counts; nothing is cached, since a number can be removed from the register
 * (410) and an ENK's name is personal data.
 */
export function useRegisterLookup() {
  const client = useApolloClient();
  const [lookup, setLookup] = useState<LookupState>({ state: 'idle' });
  const latest = useRef(0);

  const run = useCallback(
    async (orgNumber: string) => {
      const request = ++latest.current;
      setLookup({ state: 'loading', orgNumber });
      try {
        const { data, error } = await client.query({
          query: RegisterLookupQuery,
          variables: { orgNumber },
          fetchPolicy: 'no-cache',
        });
        if (request !== latest.current) return undefined;
        if (error || !data) throw error;
        const result = data.registerLookup;
        setLookup({
          state: 'done',
          orgNumber,
          status: result.status,
          message: result.message ?? null,
          deletedOn: result.deletedOn ?? null,
          entity: result.entity ?? null,
        });
        return result;
      } catch (error) {
        if (request === latest.current) setLookup({ state: 'failed', orgNumber, error });
        return undefined;
      }
    },
    [client],
  );

  const clear = useCallback(() => {
    latest.current++;
    setLookup({ state: 'idle' });
  }, []);

  return { lookup, run, clear };
}
