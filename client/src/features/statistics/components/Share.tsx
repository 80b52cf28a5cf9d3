import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';

/** A share 0–1 as `12 %`; a share over an empty set (null) as "–" titled "ingen data". */
export function Share({ value }: { value: number | null | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (value === null || value === undefined) {
    return (
      <span className="no-data" title={t('stats.noData')}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('stats.noData')}</span>
      </span>
    );
  }
  return <>{formatPercent(value, language)}</>;
}
