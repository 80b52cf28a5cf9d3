import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { RegisterSearchStatus } from '../../../gql/graphql';
import type { RegisterEntity } from './useRegisterLookup';

export const RegisterSearchQuery = graphql(`
  query RegisterSearch($name: String, $municipality: String) {
    registerSearch(name: $name, municipality: $municipality, size: 15) {
      status
      message
      total
      entities {
        ...RegisterEntity_fields @unmask
      }
    }
  }
`);

export type SearchState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; status: RegisterSearchStatus; message: string | null; total: number; entities: RegisterEntity[] }
  | { state: 'failed'; error: unknown };

/** Searches Enhetsregisteret by name, optionally within one municipality; the latest search wins. */
export function useRegisterSearch() {
  const client = useApolloClient();
  const [search, setSearch] = useState<SearchState>({ state: 'idle' });
  const latest = useRef(0);

  const run = async (name: string, municipality: string | null) => {
    const request = ++latest.current;
    setSearch({ state: 'loading' });
    try {
      const { data, error } = await client.query({
        query: RegisterSearchQuery,
        variables: { name: name || null, municipality },
        fetchPolicy: 'no-cache',
      });
      if (request !== latest.current) return;
      if (error || !data) throw error;
      const { status, message, total, entities } = data.registerSearch;
      setSearch({ state: 'done', status, message: message ?? null, total, entities });
    } catch (error) {
      if (request === latest.current) setSearch({ state: 'failed', error });
    }
  };

  return { search, run, reset: () => setSearch({ state: 'idle' }) };
}
