import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../../../features/account/components/ChangePasswordForm';
import { useViewer } from '../../../features/auth/hooks/useViewer';
import '../../../shared/i18n/settingsTexts';

export default function AccountSettingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <section aria-labelledby="settings-account">
      <h2 id="settings-account">{t('settings.account')}</h2>
      <p>{t('account.signedInAs', { name: viewer.name, email: viewer.email, role: t(`roles.${viewer.role}`) })}</p>
      <ChangePasswordForm email={viewer.email} />
    </section>
  );
}
