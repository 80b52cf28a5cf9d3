import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodPresets, samePeriod, type Period } from '../period';

/** The period of the figures: a preset (programme period, a year, this year) or two dates. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const presets = periodPresets();
  const current = presets.find((preset) => samePeriod(preset.period, period))?.key ?? 'custom';
  const [draft, setDraft] = useState<Period | null>(null);
  const shown = draft ?? period;
  const invalid = draft !== null && !(draft.from && draft.to && draft.from <= draft.to);

  const changeDate = (field: keyof Period, value: string) => {
    const next = { ...shown, [field]: value };
    if (next.from && next.to && next.from <= next.to) {
      setDraft(null);
      onChange(next);
    } else {
      setDraft(next);
    }
  };

  return (
    <fieldset className="period-picker">
      <legend>{t('stats.period.label')}</legend>
      <label>
        <span className="visually-hidden">{t('stats.period.preset')}</span>
        <select
          value={current}
          onChange={(event) => {
            const preset = presets.find((p) => p.key === event.target.value);
            if (preset) {
              setDraft(null);
              onChange(preset.period);
            }
          }}
        >
          {presets.map((preset) => (
            <option key={preset.key} value={preset.key}>
              {preset.thisYear
                ? t('stats.period.thisYear', { year: preset.year })
                : preset.year
                  ? t('stats.period.year', { year: preset.year })
                  : t('stats.period.programme')}
            </option>
          ))}
          {current === 'custom' && <option value="custom">{t('stats.period.custom')}</option>}
        </select>
      </label>
      <label>
        {t('stats.period.from')}{' '}
        <input type="date" value={shown.from} onChange={(event) => changeDate('from', event.target.value)} aria-invalid={invalid} />
      </label>
      <label>
        {t('stats.period.to')}{' '}
        <input type="date" value={shown.to} onChange={(event) => changeDate('to', event.target.value)} aria-invalid={invalid} />
      </label>
      {invalid && (
        <p className="field-error" role="alert">
          {t('stats.period.invalid')}
        </p>
      )}
    </fieldset>
  );
}
