import { useTranslation } from 'react-i18next';
import { ApplyRetention } from '../../../features/privacy/components/ApplyRetention';
import { RetentionForm } from '../../../features/privacy/components/RetentionForm';
import { useRetentionSettings } from '../../../features/privacy/hooks/useRetention';
import { describeError } from '../../../shared/apollo/describeError';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import '../../../shared/i18n/dataTexts';

/** Settings → privacy (ADMIN, LEADER): the retention rule for contacts of closed companies, and applying it now. */
export default function PrivacySettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useRetentionSettings();
  const settings = data?.retentionSettings;
  return (
    <section aria-labelledby="settings-privacy">
      <h2 id="settings-privacy">{t('settings.privacy')}</h2>
      <p>{t('privacy.intro')}</p>
      {error && !settings && <ErrorNotice message={describeError(error, t)} onRetry={() => void refetch()} />}
      {settings && (
        <>
          <h3>{t('privacy.ruleTitle')}</h3>
          <RetentionForm settings={settings} onConflict={() => void refetch()} />
          <h3>{t('privacy.applyTitle')}</h3>
          <ApplyRetention months={settings.months} />
        </>
      )}
    </section>
  );
}
