import type { FragmentType } from '@apollo/client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanySort } from '../companyOrder';
import { CompanyRow, type CompanyRowFragment } from './CompanyRow';
import { SortHeader } from './SortHeader';

type Company = FragmentType<typeof CompanyRowFragment> & { id: string };

/** Every row has this height (cells do not wrap), so the list can place 10 000 rows without measuring them. */
export const companyRowHeight = 44;
// The budget: at most 60 row elements in the page, the header and two spacer rows among them.
const maxRowElements = 60 - 3;
/**
 * Rows rendered beyond the visible ones on each side, so quick scrolling shows no gaps: as many
 * as the budget leaves (up to 12) next to the rows the scroll box shows.
 */
function overscanFor(boxHeight: number): number {
  const visible = Math.ceil(boxHeight / companyRowHeight) + 1;
  return Math.min(12, Math.max(2, Math.floor((maxRowElements - visible) / 2)));
}
// Ask for the next page this many rows before the loaded ones run out.
const prefetchRows = 60;
const columnCount = 9;

/**
 * The companies as a table that renders only the rows in view (plus a few): 10 000 companies
 * keep a few dozen rows in the page. It has a row for every company that matches; rows not
 * loaded yet say so, and `onNeedMore` fetches the next page as they come near.
 */
export function CompanyTable({
  companies,
  totalCount,
  sort,
  onSort,
  onNeedMore,
}: {
  companies: Company[];
  totalCount: number;
  sort: CompanySort;
  onSort: (sort: CompanySort) => void;
  /** Asked again whenever rows come near the end of what is loaded; it fetches each page once. */
  onNeedMore: () => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: Math.max(totalCount, companies.length),
    getScrollElement: () => scroller.current,
    estimateSize: () => companyRowHeight,
    overscan: overscanFor(scroller.current?.clientHeight ?? 0),
    getItemKey: (index) => companies[index]?.id ?? `row-${index}`,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (lastIndex >= companies.length - prefetchRows) onNeedMore();
  }, [lastIndex, companies.length, onNeedMore]);

  // The rows before and after the rendered ones are one spacer row each, keeping the scroll height.
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);

  return (
    // Focusable so the table can be scrolled with the keyboard.
    <div className="table-scroll company-scroll" ref={scroller} role="region" aria-label={t('companies.tableLabel')} tabIndex={0}>
      <table className="data-table company-table" aria-rowcount={totalCount + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <SortHeader label={t('companies.columns.name')} sort={sort} onSort={onSort} ascending="name" descending="name-desc" />
            <th scope="col">{t('companies.columns.orgNumber')}</th>
            <SortHeader label={t('companies.columns.stage')} sort={sort} onSort={onSort} ascending="stage" />
            <th scope="col">{t('companies.columns.focusAreas')}</th>
            <th scope="col">{t('companies.columns.owner')}</th>
            <SortHeader
              label={t('companies.columns.estimatedJobs')}
              sort={sort}
              onSort={onSort}
              descending="jobs"
              className="numeric"
            />
            <th scope="col">{t('companies.columns.targetMunicipality')}</th>
            <SortHeader label={t('companies.columns.lastActivity')} sort={sort} onSort={onSort} descending="activity" />
            <SortHeader label={t('companyList.created')} sort={sort} onSort={onSort} descending="created" />
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: before }} />
            </tr>
          )}
          {rows.map((row) => {
            const company = companies[row.index];
            return company ? (
              <CompanyRow key={row.key} prospect={company} rowIndex={row.index + 2} />
            ) : (
              <tr key={row.key} aria-rowindex={row.index + 2} className="loading-row">
                <td colSpan={columnCount}>{t('companyList.loadingRow')}</td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
