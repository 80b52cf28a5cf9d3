import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlannedPage } from '../PlannedPage';

export default function PipelinePage() {
  const { t } = useTranslation();
  return (
    <PlannedPage title={t('nav.pipeline')}>
      <p>{t('pipeline.planned')}</p>
      <p>
        <Link to="/companies">{t('pipeline.toCompanies')}</Link>
      </p>
    </PlannedPage>
  );
}
