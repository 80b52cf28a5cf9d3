import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { defaultCompanySort, isCompanySort, type CompanySort } from '../companyOrder';

const param = 'sort';

/** The list's sort, kept in the address next to the filter (the default, by name, is left out). */
export function useCompanySort(): [CompanySort, (sort: CompanySort) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get(param);
  const sort = isCompanySort(value) ? value : defaultCompanySort;
  const setSort = useCallback(
    (next: CompanySort) =>
      setSearchParams(
        (previous) => {
          const params = new URLSearchParams(previous);
          if (next === defaultCompanySort) params.delete(param);
          else params.set(param, next);
          return params;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [sort, setSort];
}
