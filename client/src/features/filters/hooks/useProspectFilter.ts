import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { emptyFilter, filterFromSearchParams, withFilter, type FilterValues } from '../prospectFilter';

/**
 * The filter of the page, kept in the address: a reload or a shared link shows the same view.
 * Changes replace the history entry (the back button leaves the page, not each click).
 */
export function useProspectFilter() {
  const [searchParams, setSearchParams] = useSearchParams();
  const key = searchParams.toString();
  // Parsed once per address, so the filter object (a query variable) stays the same between renders.
  const filter = useMemo(() => filterFromSearchParams(new URLSearchParams(key)), [key]);

  const setFilter = useCallback(
    (next: FilterValues | ((current: FilterValues) => FilterValues)) =>
      setSearchParams(
        (previous) => withFilter(previous, typeof next === 'function' ? next(filterFromSearchParams(previous)) : next),
        { replace: true },
      ),
    [setSearchParams],
  );
  const reset = useCallback(() => setFilter(emptyFilter), [setFilter]);

  return { filter, setFilter, reset };
}
