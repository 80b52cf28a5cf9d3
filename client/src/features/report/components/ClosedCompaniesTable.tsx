import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/formatDate';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { NoValue } from '../../../shared/ui/NoValue';
import type { ClosedCompany } from '../hooks/useClosedCompanies';

/** The companies won and lost in the period: when, how many jobs and residents, and why a lost one was lost. */
export function ClosedCompaniesTable({ companies }: { companies: readonly ClosedCompany[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number | null | undefined) => (value === null || value === undefined ? <NoValue /> : formatNumber(value, language));

  if (companies.length === 0) return <p>{t('boardReport.closed.empty')}</p>;
  return (
    <table className="data-table closed-companies">
      <thead>
        <tr>
          <th scope="col">{t('boardReport.closed.company')}</th>
          <th scope="col">{t('boardReport.closed.outcome')}</th>
          <th scope="col">{t('boardReport.closed.closedOn')}</th>
          <th scope="col" className="numeric">
            {t('boardReport.closed.jobs')}
          </th>
          <th scope="col" className="numeric">
            {t('boardReport.closed.residents')}
          </th>
          <th scope="col">{t('boardReport.closed.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {companies.map(({ prospect, outcome, closedOn }) => (
          <tr key={prospect.id}>
            <th scope="row">{prospect.name}</th>
            <td>{outcome === 'WON' ? t('boardReport.closed.won') : t('boardReport.closed.lost')}</td>
            <td>{formatDate(closedOn, language)}</td>
            <td className="numeric">{outcome === 'WON' ? number(prospect.realizedJobs) : <NoValue />}</td>
            <td className="numeric">{outcome === 'WON' ? number(prospect.newResidents) : <NoValue />}</td>
            <td>{outcome === 'LOST' ? (prospect.lostReason ?? <NoValue />) : <NoValue />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
