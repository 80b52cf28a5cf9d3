import { useTranslation } from 'react-i18next';
import { AuditLog } from '../../../features/audit/components/AuditLog';
import '../../../shared/i18n/settingsTexts';

export default function AuditLogSettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-audit">
      <h2 id="settings-audit">{t('settings.audit')}</h2>
      <p>{t('audit.intro')}</p>
      <AuditLog />
    </section>
  );
}
