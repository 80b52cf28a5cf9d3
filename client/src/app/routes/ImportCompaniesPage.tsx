import { useTranslation } from 'react-i18next';
import { CompanyImport } from '../../features/csv-import/components/CompanyImport';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../../shared/i18n/dataTexts';

/** CSV import of companies: nothing is written until the user confirms, and then all or nothing. */
export default function ImportCompaniesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('csvImport.title')} />
      <p>{t('csvImport.intro')}</p>
      <CompanyImport />
    </>
  );
}
