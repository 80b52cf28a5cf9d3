import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { Field } from '../../../shared/ui/Field';
import { useUpdateRetentionSettings } from '../hooks/useRetention';
import '../privacy.css';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';


/** The retention rule: off, or erase contacts of companies closed more than N months ago. */
export function RetentionForm({
  settings,
  onConflict,
}: {
  settings: { months?: number | null; version: number };
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { save, saving } = useUpdateRetentionSettings();
  const [enabled, setEnabled] = useState(settings.months != null);
  const [months, setMonths] = useState(settings.months != null ? String(settings.months) : '24');
  const [monthsError, setMonthsError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  // A newer rule (saved here, or by someone else and fetched after a conflict) resets the fields.
  const [shownVersion, setShownVersion] = useState(settings.version);
  if (shownVersion !== settings.version) {
    setShownVersion(settings.version);
    setEnabled(settings.months != null);
    if (settings.months != null) setMonths(String(settings.months));
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const value = Number(months.trim());
    if (enabled && (!months.trim() || !Number.isInteger(value) || value < 1)) {
      setMonthsError(t('privacy.monthsInvalid'));
      return;
    }
    setMonthsError(undefined);
    try {
      await save(enabled ? value : null, settings.version);
      setOutcome({ failed: false, text: enabled ? t('privacy.saved') : t('privacy.savedOff') });
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setOutcome({ failed: true, text: t('privacy.conflict') });
        onConflict();
      } else setOutcome({ failed: true, text: describeError(error, t) });
    }
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <p>{settings.months != null ? t('privacy.current', { count: settings.months }) : t('privacy.currentOff')}</p>
      <label className="retention-toggle">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        {t('privacy.enabled')}
      </label>
      {enabled && (
        <Field label={t('privacy.months')} hint={t('privacy.monthsHint')} error={monthsError}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={months}
              onChange={(event) => setMonths(event.target.value)}
            />
          )}
        </Field>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('privacy.save')}
        </button>
      </div>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
