import { createContext, useContext } from 'react';
import type { ViewerQuery as ViewerResult } from '../../../gql/graphql';

export type Viewer = NonNullable<ViewerResult['me']>;

/** The signed-in user, provided by the session gate to everything behind it. */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is only available behind the session gate.');
  return viewer;
}
