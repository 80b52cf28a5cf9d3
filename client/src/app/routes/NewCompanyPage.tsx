import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../../features/auth/hooks/useViewer';
import { NewCompanyForm } from '../../features/prospect/components/NewCompanyForm';
import { OrgNumberLookup } from '../../features/register/components/OrgNumberLookup';
import { RegisterSearch } from '../../features/register/components/RegisterSearch';
import '../../shared/i18n/prospectTexts';
import { PageHeader } from '../../shared/ui/PageHeader';

/** A new company, filled from Enhetsregisteret by organisation number or by a search by name. */
export default function NewCompanyPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('prospect.new.title')} />
      <p className="page-intro">{t('prospect.new.intro')}</p>
      <NewCompanyForm
        viewerId={viewer.id}
        onCreated={(id) => navigate(`/companies/${id}`)}
        register={{
          orgNumberField: (field) => <OrgNumberLookup {...field} />,
          search: (onPick) => <RegisterSearch onPick={onPick} />,
        }}
      />
    </>
  );
}
