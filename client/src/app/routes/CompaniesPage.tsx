import { useTranslation } from 'react-i18next';
import { CompanyList } from '../../features/companies/components/CompanyList';
import { CompanySearch } from '../../features/companies/components/CompanySearch';
import { useDebouncedSearchParam } from '../../shared/hooks/useDebouncedSearchParam';
import { PageHeader } from '../../shared/ui/PageHeader';

export default function CompaniesPage() {
  const { t } = useTranslation();
  // The search lives in the address (?q=), so a filtered list can be shared as a link.
  const [text, setText, searched] = useDebouncedSearchParam('q');
  return (
    <>
      <PageHeader title={t('nav.companies')} />
      <CompanySearch value={text} onChange={setText} />
      <CompanyList text={searched.trim()} />
    </>
  );
}
