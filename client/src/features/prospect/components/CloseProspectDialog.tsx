import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { parseCount } from '../../../shared/format/parseCount';
import { inputProblems } from '../../../shared/apollo/inputProblems';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Dialog } from '../../../shared/ui/Dialog';
import { Field } from '../../../shared/ui/Field';

export interface CloseOutcome {
  realizedJobs?: number;
  newResidents?: number;
  lostReason?: string;
}

/**
 * What closing a company needs: WON asks for the realized jobs and the new residents (0 is a
 * fine answer, empty is not), LOST for the reason.
 */
export function CloseProspectDialog({
  stage,
  onCancel,
  onConfirm,
}: {
  stage: { nameNb: string; nameEn: string; category: string };
  onCancel: () => void;
  onConfirm: (outcome: CloseOutcome) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const won = stage.category === 'WON';
  const [jobs, setJobs] = useState('');
  const [residents, setResidents] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const realizedJobs = parseCount(jobs);
    const newResidents = parseCount(residents);
    if (won) {
      if (realizedJobs === null || Number.isNaN(realizedJobs)) found.realizedJobs = t('prospect.close.countMissing');
      if (newResidents === null || Number.isNaN(newResidents)) found.newResidents = t('prospect.close.countMissing');
    } else if (!reason.trim()) {
      found.lostReason = t('prospect.close.reasonMissing');
    }
    setProblems(found);
    setGeneral(undefined);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await onConfirm(won ? { realizedJobs: realizedJobs!, newResidents: newResidents! } : { lostReason: reason.trim() });
    } catch (error) {
      const answer = inputProblems(error);
      setProblems(answer.byField);
      if (Object.keys(answer.byField).length === 0) setGeneral(describeError(error, t));
      setSaving(false);
    }
  };

  const name = localizedName(stage, language);
  return (
    <Dialog title={t(won ? 'prospect.close.wonTitle' : 'prospect.close.lostTitle', { stage: name })} onClose={onCancel}>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{t(won ? 'prospect.close.wonText' : 'prospect.close.lostText')}</p>
        {general && (
          <p role="alert" className="form-error">
            {general}
          </p>
        )}
        {won ? (
          <div className="form-row">
            <Field label={t('prospect.fields.realizedJobs')} hint={t('prospect.close.zeroAllowed')} error={problems.realizedJobs}>
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  autoComplete="off"
                  value={jobs}
                  onChange={(e) => setJobs(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('prospect.fields.newResidents')} hint={t('prospect.close.zeroAllowed')} error={problems.newResidents}>
              {(control) => (
                <input
                  {...control}
                  inputMode="numeric"
                  autoComplete="off"
                  value={residents}
                  onChange={(e) => setResidents(e.target.value)}
                />
              )}
            </Field>
          </div>
        ) : (
          <Field label={t('prospect.fields.lostReason')} error={problems.lostReason}>
            {(control) => <textarea {...control} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('prospect.close.confirm', { stage: name })}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('prospect.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
