import type { FragmentType } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { CompanyRow, type CompanyRowFragment } from './CompanyRow';

type Company = FragmentType<typeof CompanyRowFragment> & { id: string };

/** The companies as a table, one row each; scrolls sideways on narrow screens. */
export function CompanyTable({ companies }: { companies: Company[] }) {
  const { t } = useTranslation();
  return (
    // Focusable so the table can be scrolled sideways with the keyboard.
    <div className="table-scroll" role="region" aria-label={t('companies.tableLabel')} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('companies.columns.name')}</th>
            <th scope="col">{t('companies.columns.orgNumber')}</th>
            <th scope="col">{t('companies.columns.stage')}</th>
            <th scope="col">{t('companies.columns.focusAreas')}</th>
            <th scope="col">{t('companies.columns.owner')}</th>
            <th scope="col" className="numeric">
              {t('companies.columns.estimatedJobs')}
            </th>
            <th scope="col">{t('companies.columns.targetMunicipality')}</th>
            <th scope="col">{t('companies.columns.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((company) => (
            <CompanyRow key={company.id} prospect={company} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
