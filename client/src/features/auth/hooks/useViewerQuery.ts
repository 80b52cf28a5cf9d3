import { useApolloClient } from '@apollo/client/react';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { graphql } from '../../../gql/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      version
      active
    }
  }
`);

/**
 * Who is signed in (`viewer` null: nobody), watched in the cache so a renamed user shows at
 * once. This runs on every first visit, so it uses the client's watchQuery directly: useQuery
 * would add about 2 kB gzip to the first load (pages load it in their own chunks).
 */
export function useViewerQuery() {
  const client = useApolloClient();
  const query = useMemo(() => client.watchQuery({ query: ViewerQuery }), [client]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = query.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [query],
  );
  const result = useSyncExternalStore(subscribe, () => query.getCurrentResult());
  return {
    /** undefined while asking, null when nobody is signed in. */
    viewer: result.dataState === 'complete' ? result.data.me : undefined,
    error: result.error,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
