import { useTranslation } from 'react-i18next';

/** A dash for an empty cell; screen readers hear "not set" instead of "dash". */
export function NoValue() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true" className="no-value">
        –
      </span>
      <span className="visually-hidden">{t('app.noValue')}</span>
    </>
  );
}
