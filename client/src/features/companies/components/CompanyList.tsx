import { useTranslation } from 'react-i18next';
import type { ProspectFilter } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { companySorts, type CompanySort } from '../companyOrder';
import { useCompanyList } from '../hooks/useCompanyList';
import { CompanyTable } from './CompanyTable';
import '../companies.css';

/** The CSV of the companies the filter finds (UTF-8 with BOM, semicolons: opens in Norwegian Excel). */
export function csvExportHref(filter: ProspectFilter): string {
  return `/export/companies.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

/** The companies matching the filter: how many, a CSV of them, and the table. */
export function CompanyList({
  filter,
  sort,
  onSort,
}: {
  filter: ProspectFilter;
  sort: CompanySort;
  onSort: (sort: CompanySort) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { companies, totalCount, searching, error, loadMore, retry } = useCompanyList(filter, companySorts[sort]);

  if (error && totalCount === undefined) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  if (totalCount === undefined) return <p role="status">{t('companies.loading')}</p>;

  return (
    <div className="company-list" aria-busy={searching}>
      <div className="list-toolbar">
        <p className="list-summary" role="status">
          {searching ? t('companies.loading') : t('companies.count', { count: totalCount, formatted: formatNumber(totalCount, language) })}
        </p>
        <a className="button button-small" href={csvExportHref(filter)} download>
          {t('companyList.downloadCsv')}
        </a>
      </div>
      {error ? <ErrorNotice message={describeError(error, t)} onRetry={retry} /> : null}
      {totalCount > 0 ? (
        <CompanyTable
          companies={companies}
          totalCount={totalCount}
          sort={sort}
          onSort={onSort}
          onNeedMore={loadMore}
        />
      ) : (
        <p className="list-empty">{Object.keys(filter).length > 0 ? t('companyList.noMatch') : t('companies.none')}</p>
      )}
    </div>
  );
}
