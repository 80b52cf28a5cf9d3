import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/ui/EmptyState';

export default function ProjectSettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-project">
      <h2 id="settings-project">{t('settings.project')}</h2>
      <EmptyState title={t('planned.title')} level={3}>
        <p>{t('settings.planned')}</p>
      </EmptyState>
    </section>
  );
}
