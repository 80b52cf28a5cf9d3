import { useTranslation } from 'react-i18next';
import { PlannedPage } from '../PlannedPage';

export default function MeetingsPage() {
  const { t } = useTranslation();
  return (
    <PlannedPage title={t('nav.meetings')}>
      <p>{t('meetings.planned')}</p>
    </PlannedPage>
  );
}
