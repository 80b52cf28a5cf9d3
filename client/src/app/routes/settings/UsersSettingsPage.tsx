import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../features/auth/hooks/useViewer';
import { UserAdmin } from '../../../features/users/components/UserAdmin';
import '../../../shared/i18n/settingsTexts';

export default function UsersSettingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <section aria-labelledby="settings-users">
      <h2 id="settings-users">{t('settings.users')}</h2>
      <UserAdmin viewerId={viewer.id} />
    </section>
  );
}
