import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { formatNumber } from '../../../shared/format/formatNumber';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Field } from '../../../shared/ui/Field';
import { MunicipalitySelect } from '../../../shared/ui/MunicipalitySelect';
import type { RegisterEntity } from '../hooks/useRegisterLookup';
import { useMunicipalities } from '../hooks/useMunicipalities';
import { useRegisterSearch } from '../hooks/useRegisterSearch';
import '../register.css';

/**
 * Finds a company in Enhetsregisteret by name, optionally within one municipality, and hands the
 * picked hit to `onPick`. It sits inside the new-company form, so it is no form of its own:
 * Enter in the name field searches instead of submitting the company.
 */
export function RegisterSearch({ onPick }: { onPick: (entity: RegisterEntity) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const municipalities = useMunicipalities();
  const { search, run } = useRegisterSearch();
  const [name, setName] = useState('');
  const nameField = useRef<HTMLInputElement>(null);
  // Opened on request: the keyboard goes straight to the name.
  useEffect(() => nameField.current?.focus(), []);
  const [municipality, setMunicipality] = useState('');

  const start = () => {
    if (name.trim() || municipality) void run(name.trim(), municipality || null);
  };
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      start();
    }
  };

  return (
    <section className="register-search" role="search" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('register.searchTitle')}</h3>
      <div className="form-row">
        <Field label={t('register.searchName')}>
          {(control) => (
            <input
              {...control}
              ref={nameField}
              type="search"
              value={name}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={onEnter}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('register.searchMunicipality')}>
          {(control) => (
            <MunicipalitySelect
              {...control}
              municipalities={municipalities}
              value={municipality}
              onChange={setMunicipality}
              onKeyDown={onEnter}
              anyLabel={t('register.anyMunicipality')}
            />
          )}
        </Field>
      </div>
      <button type="button" className="button" onClick={start} disabled={search.state === 'loading'}>
        {t('register.search')}
      </button>

      {search.state === 'loading' && (
        <p role="status" className="register-progress">
          <span className="spinner" aria-hidden="true" />
          {t('register.searching')}
        </p>
      )}
      {search.state === 'failed' && (
        <p role="alert" className="form-error">
          {describeError(search.error, t)} {t('register.fillYourself')}
        </p>
      )}
      {search.state === 'done' && search.message && (
        <p role={search.status === 'OK' ? 'status' : 'alert'} className={search.status === 'OK' ? 'notice' : 'form-error'}>
          {search.message}
        </p>
      )}
      {search.state === 'done' && search.entities.length > 0 && (
        <>
          <p role="status" className="list-summary">
            {t('register.hits', { count: search.total, formatted: formatNumber(search.total, language) })}
          </p>
          <ul className="register-hits">
            {search.entities.map((entity) => (
              <li key={entity.orgNumber}>
                <button
                  type="button"
                  className="register-hit"
                  onClick={() => onPick(entity)}
                  aria-label={t('register.pick', { name: entity.name, orgNumber: formatOrgNumber(entity.orgNumber) })}
                >
                  <strong>{entity.name}</strong>
                  <span className="nowrap">{formatOrgNumber(entity.orgNumber)}</span>
                  <span className="muted">
                    {[entity.postalPlace, entity.industryText].filter(Boolean).join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
