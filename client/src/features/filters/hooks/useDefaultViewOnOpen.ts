import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { filterFromJson, isFiltered } from '../prospectFilter';
import { SavedViewsQuery } from './useSavedViews';
import { useProspectFilter } from './useProspectFilter';

/**
 * Opens the page with the viewer's default view when the address carries no filter (a link with
 * a filter always wins). False until that is settled, so the page asks for its data only once.
 */
export function useDefaultViewOnOpen(): boolean {
  const { filter, setFilter } = useProspectFilter();
  const [settled, setSettled] = useState(() => isFiltered(filter));
  const { data, error } = useQuery(SavedViewsQuery, { skip: settled });

  useEffect(() => {
    if (settled || (!data && !error)) return;
    const view = data?.savedViews.find((v) => v.id === data.defaultView?.id);
    if (view) setFilter(filterFromJson(view.filter));
    // Without a default view (or when it cannot be read) the page opens unfiltered.
    setSettled(true);
  }, [settled, data, error, setFilter]);

  return settled;
}
