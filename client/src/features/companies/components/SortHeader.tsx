import type { CompanySort } from '../companyOrder';

/**
 * A column header that sorts the list. A column sorts one way (`ascending` or `descending`), or
 * both, switching on each click; `aria-sort` tells screen readers which way it is sorted now.
 */
export function SortHeader({
  label,
  sort,
  onSort,
  ascending,
  descending,
  className,
}: {
  label: string;
  sort: CompanySort;
  onSort: (sort: CompanySort) => void;
  ascending?: CompanySort;
  descending?: CompanySort;
  className?: string;
}) {
  const direction = sort === ascending ? 'ascending' : sort === descending ? 'descending' : 'none';
  const next = direction === 'ascending' ? (descending ?? ascending) : direction === 'descending' ? (ascending ?? descending) : (ascending ?? descending);
  return (
    <th scope="col" aria-sort={direction} className={className}>
      <button type="button" className="sort-button" onClick={() => next && onSort(next)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
