import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canWritePipeline } from '../../features/auth/access';
import { useViewer } from '../../features/auth/hooks/useViewer';
import { CompanyList } from '../../features/companies/components/CompanyList';
import { useCompanySort } from '../../features/companies/hooks/useCompanySort';
import { FilterBar } from '../../features/filters/components/FilterBar';
import { useProspectFilter } from '../../features/filters/hooks/useProspectFilter';
import { toProspectFilter } from '../../features/filters/prospectFilter';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../../shared/i18n/pipelineTexts';

/** Every company under the same filter as the pipeline, as a sortable list (filter and sort in the address). */
export default function CompaniesPage() {
  const { t } = useTranslation();
  const { role } = useViewer();
  const { filter } = useProspectFilter();
  const queryFilter = useMemo(() => toProspectFilter(filter), [filter]);
  const [sort, setSort] = useCompanySort();
  return (
    <>
      <PageHeader title={t('nav.companies')} />
      {canWritePipeline(role) && (
        <p className="page-actions">
          <Link className="button button-primary" to="/companies/new">
            {t('companyList.newCompany')}
          </Link>{' '}
          <Link className="button" to="/companies/find">
            {t('companyList.findNew')}
          </Link>{' '}
          <Link className="button" to="/companies/import">
            {t('companyList.importCsv')}
          </Link>
        </p>
      )}
      <FilterBar />
      <CompanyList filter={queryFilter} sort={sort} onSort={setSort} />
    </>
  );
}
