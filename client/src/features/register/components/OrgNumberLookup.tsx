import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { formatDate } from '../../../shared/format/formatDate';
import { formatOrgNumber } from '../../../shared/format/formatOrgNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Field } from '../../../shared/ui/Field';
import { useRegisterLookup, type RegisterEntity } from '../hooks/useRegisterLookup';
import '../register.css';

/** Spaces (also no-break ones, as copied from a web page) are allowed in a typed number. */
const compact = (value: string) => value.replace(/[\s\u00a0\u202f]/g, '');

/**
 * The organisation number of a new company: once nine characters are typed, Enhetsregisteret is
 * asked and a company found there is handed to `onFound` to fill the form. Every other answer
 * (invalid, unknown, removed, deleted, register down) is said plainly; the form can always be
 * filled in by hand.
 */
export function OrgNumberLookup({
  value,
  onChange,
  onFound,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  onFound: (entity: RegisterEntity) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { lookup, run, clear } = useRegisterLookup();
  const found = useRef(onFound);
  found.current = onFound;
  const number = compact(value);

  useEffect(() => {
    if (number.length < 9) {
      clear();
      return;
    }
    void run(number).then((result) => {
      if (result?.status === 'FOUND' && result.entity) found.current(result.entity);
    });
  }, [number, run, clear]);

  const retry = () =>
    void run(number).then((result) => {
      if (result?.status === 'FOUND' && result.entity) found.current(result.entity);
    });

  return (
    <div className="org-number-lookup">
      <Field label={t('register.orgNumber')} hint={t('register.orgNumberHint')} error={error}>
        {(control) => (
          <input
            {...control}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            aria-busy={lookup.state === 'loading'}
          />
        )}
      </Field>
      {lookup.state === 'loading' && (
        <p role="status" className="register-progress">
          <span className="spinner" aria-hidden="true" />
          {t('register.looking', { orgNumber: formatOrgNumber(lookup.orgNumber) })}
        </p>
      )}
      {lookup.state === 'done' && lookup.status === 'FOUND' && lookup.entity && (
        <div role="status" className="notice register-found">
          <p>{t('register.filled', { name: lookup.entity.name })}</p>
          {lookup.message && <p>{lookup.message}</p>}
          {lookup.entity.bankrupt && <p className="register-warning">{t('register.bankrupt')}</p>}
          {lookup.entity.underLiquidation && <p className="register-warning">{t('register.underLiquidation')}</p>}
        </div>
      )}
      {lookup.state === 'done' && lookup.status !== 'FOUND' && (
        <div role="alert" className="form-error register-problem">
          <p>
            {lookup.message ?? t(`register.status.${lookup.status}`)}
            {lookup.status === 'DELETED' && lookup.deletedOn && (
              <> {t('register.deletedOn', { date: formatDate(lookup.deletedOn, language) })}</>
            )}
          </p>
          {lookup.status === 'UNAVAILABLE' && (
            <button type="button" className="button button-small" onClick={retry}>
              {t('register.retry')}
            </button>
          )}
        </div>
      )}
      {lookup.state === 'failed' && (
        <div role="alert" className="form-error register-problem">
          <p>
            {describeError(lookup.error, t)} {t('register.fillYourself')}
          </p>
          <button type="button" className="button button-small" onClick={retry}>
            {t('register.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
