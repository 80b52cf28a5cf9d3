import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useCompanyList } from '../hooks/useCompanyList';
import { CompanyTable } from './CompanyTable';

/** The company list for a search text: count, table and "show more". */
export function CompanyList({ text }: { text: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { companies, totalCount, hasMore, searching, loadingMore, error, loadMore, retry } = useCompanyList(text);

  if (error) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  if (totalCount === undefined) return <p role="status">{t('companies.loading')}</p>;

  const count = (n: number) => formatNumber(n, language);
  return (
    <div className="company-list" aria-busy={searching}>
      <p className="list-summary" role="status">
        {searching ? t('companies.loading') : t('companies.count', { count: totalCount, formatted: count(totalCount) })}
      </p>
      {companies.length > 0 ? (
        <CompanyTable companies={companies} />
      ) : (
        <p className="list-empty">{text ? t('companies.noMatch', { text }) : t('companies.none')}</p>
      )}
      {hasMore && (
        <div className="list-more">
          <span>{t('companies.shown', { shown: count(companies.length), total: count(totalCount) })}</span>
          <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t('companies.loadingMore') : t('companies.loadMore')}
          </button>
        </div>
      )}
    </div>
  );
}
