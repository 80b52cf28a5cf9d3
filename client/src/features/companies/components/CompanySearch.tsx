import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The free-text search over company name, organisation number and contact names. */
export function CompanySearch({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('companies.search')}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('companies.searchHint')}
      </span>
    </div>
  );
}
