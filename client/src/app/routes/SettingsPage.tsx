import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../PlannedPage';

export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <PlannedPage title={t('nav.settings')}>
      <p>{t('settings.planned')}</p>
    </PlannedPage>
  );
}
