import { useTranslation } from 'react-i18next';
import { RegisterImportForm } from '../../../features/register-import/components/RegisterImportForm';
import { RegisterImportSummary } from '../../../features/register-import/components/RegisterImportSummary';
import { useLastRegisterImport } from '../../../features/register-import/hooks/useLastRegisterImport';
import { describeError } from '../../../shared/apollo/describeError';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import '../../../shared/i18n/dataTexts';

/** Settings → register import (ADMIN, LEADER): upload Enhetsregisteret's bulk file and read what it changed. */
export default function RegisterImportSettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useLastRegisterImport();
  const last = data?.lastRegisterImport ?? null;
  return (
    <section aria-labelledby="settings-register-import">
      <h2 id="settings-register-import">{t('settings.registerImport')}</h2>
      <p>{t('registerImport.intro')}</p>
      {error && !data && <ErrorNotice message={describeError(error, t)} onRetry={() => void refetch()} />}
      {data && (
        <>
          {/* Mounted once the data is in, so it starts from the last import's scope. */}
          <RegisterImportForm municipalities={data.municipalities} lastScope={last} />
          <h3>{t('registerImport.lastTitle')}</h3>
          {last ? (
            <RegisterImportSummary registerImport={last} municipalities={data.municipalities} />
          ) : (
            <p className="muted">{t('registerImport.none')}</p>
          )}
        </>
      )}
    </section>
  );
}
