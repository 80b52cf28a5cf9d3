import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../shared/apollo/describeError';
import { Dialog } from '../../../shared/ui/Dialog';
import { useApplyRetention } from '../hooks/useRetention';

type Report = { erasedContactIds: readonly string[]; prospects: readonly { id: string; name: string }[] };

/** "Apply the rule now", after a confirmation, and what it erased. */
export function ApplyRetention({ months }: { months: number | null | undefined }) {
  const { t } = useTranslation();
  const { apply, applying } = useApplyRetention();
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<string>();

  const run = async () => {
    setError(undefined);
    try {
      setReport(await apply());
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <div>
      <p>{t('privacy.applyIntro')}</p>
      {months == null ? (
        <p className="muted">{t('privacy.applyNoRule')}</p>
      ) : (
        <button type="button" className="button" disabled={applying} onClick={() => setConfirming(true)}>
          {applying ? t('privacy.applying') : t('privacy.apply')}
        </button>
      )}
      {confirming && months != null && (
        <Dialog title={t('privacy.applyConfirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('privacy.applyConfirm', { count: months })}</p>
          <div className="dialog-actions">
            <button type="button" className="button" data-autofocus onClick={() => setConfirming(false)}>
              {t('privacy.cancel')}
            </button>
            <button type="button" className="button button-primary" disabled={applying} onClick={() => void run()}>
              {applying ? t('privacy.applying') : t('privacy.applyConfirmButton')}
            </button>
          </div>
        </Dialog>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div role="status" className="retention-report">
        {report &&
          (report.erasedContactIds.length === 0 ? (
            <p>{t('privacy.appliedNone')}</p>
          ) : (
            <>
              <p>{t('privacy.applied', { count: report.erasedContactIds.length })}</p>
              <ul>
                {report.prospects.map((company) => (
                  <li key={company.id}>
                    <Link to={`/companies/${company.id}`}>{company.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          ))}
      </div>
    </div>
  );
}
