import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useAuditLog } from '../hooks/useAuditLog';
import { AuditRow } from './AuditRow';

/** The audit log as a table, newest first, with "show more". */
export function AuditLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { entries, totalCount, hasMore, loadingMore, error, loadMore, retry } = useAuditLog();

  if (error && totalCount === undefined) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  if (totalCount === undefined) return <p role="status">{t('audit.loading')}</p>;

  const count = (n: number) => formatNumber(n, language);
  return (
    <>
      <p className="list-summary" role="status">
        {t('audit.count', { count: totalCount, formatted: count(totalCount) })}
      </p>
      {entries.length === 0 ? (
        <p className="list-empty">{t('audit.none')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('audit.tableLabel')} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.at')}</th>
                <th scope="col">{t('audit.columns.actor')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.entity')}</th>
                <th scope="col">{t('audit.columns.diff')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error !== undefined && <ErrorNotice message={describeError(error, t)} onRetry={retry} />}
      {hasMore && (
        <div className="list-more">
          <span>{t('audit.shown', { shown: count(entries.length), total: count(totalCount) })}</span>
          <button type="button" className="button" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? t('audit.loadingMore') : t('audit.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
