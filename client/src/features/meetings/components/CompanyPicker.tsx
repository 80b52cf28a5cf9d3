import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { useCompanySearch } from '../hooks/useCompanySearch';

export interface PickedCompany {
  id: string;
  name: string;
}

/**
 * Type to search, arrows to move, Enter to pick (a combobox): the company a meeting concerns,
 * chosen without leaving the keyboard.
 */
export function CompanyPicker({
  value,
  onChange,
  error,
}: {
  value: PickedCompany | undefined;
  onChange: (company: PickedCompany | undefined) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [searched, setSearched] = useState(text);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { companies, searching } = useCompanySearch(searched);

  // A company filled in from outside (its name arriving later) shows in the field.
  useEffect(() => {
    if (value?.name) setText(value.name);
  }, [value?.name]);

  useEffect(() => {
    const timer = setTimeout(() => setSearched(text), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const showList = open && text.trim().length >= 2 && !value;
  const pick = (company: PickedCompany) => {
    onChange({ id: company.id, name: company.name });
    setText(company.name);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (companies.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (current + step + companies.length) % companies.length);
      }
    } else if (event.key === 'Enter' && showList) {
      // Enter picks the company; it must not submit the meeting yet.
      event.preventDefault();
      const company = companies[active];
      if (company) pick(company);
    } else if (event.key === 'Escape' && showList) {
      // Closes the list first; a second Escape closes the dialog.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field company-picker">
      <label htmlFor={id}>{t('meeting.fields.company')}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-activedescendant={showList && companies[active] ? `${id}-option-${active}` : undefined}
        aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(undefined);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-autofocus
      />
      <span id={hintId} className="field-hint">
        {value ? t('meeting.companyPicked', { name: value.name }) : t('meeting.companyHint')}
      </span>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
      <ul id={`${id}-list`} role="listbox" aria-label={t('meeting.fields.company')} className="company-options" hidden={!showList}>
        {showList && companies.length === 0 && (
          <li className="muted" role="presentation">
            {searching ? t('meeting.companySearching') : t('meeting.companyNone')}
          </li>
        )}
        {showList &&
          companies.map((company, index) => (
            <li
              key={company.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'company-option company-option-active' : 'company-option'}
              // mousedown, not click: it comes before the field's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(company);
              }}
            >
              {company.name}
              {company.orgNumber && <span className="muted"> · {formatOrgNumber(company.orgNumber)}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
