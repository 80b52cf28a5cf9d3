import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../PlannedPage';

export default function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <PlannedPage title={t('nav.statistics')}>
      <p>{t('statistics.planned')}</p>
    </PlannedPage>
  );
}
