import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/formatDate';
import { useLanguage } from '../../../shared/i18n/useLanguage';

/** One part of the filter in words, e.g. `fokusområde Bioøkonomi, Forsvarslogistikk`. */
export interface FilterPart {
  kind: 'focusAreas' | 'owners' | 'targetMunicipalities' | 'targetGroups' | 'stages' | 'text';
  names: string[];
}

/** The report's title block: title, period, the filter in words and the day it was made. */
export function BoardReportHeader({ period, filterParts, madeAt = new Date() }: { period: { from: string; to: string }; filterParts: FilterPart[]; madeAt?: Date }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts = filterParts.filter((part) => part.names.length > 0);
  const range = t('stats.period.range', { from: formatDate(period.from, language), to: formatDate(period.to, language) });
  const words = parts.length
    ? parts
        .map((part) =>
          part.kind === 'text'
            ? t('boardReport.filterParts.text', { text: part.names[0] })
            : t(`boardReport.filterParts.${part.kind}`, { names: part.names.join(', ') }),
        )
        .join('; ')
    : t('boardReport.allCompanies');

  return (
    <header className="report-header">
      <title>{t('boardReport.title')}</title>
      <h1>{t('boardReport.title')}</h1>
      <p data-report="period">{t('boardReport.period', { range })}</p>
      <p data-report="filter">{t('boardReport.filter', { filter: words })}</p>
      <p data-report="created">{t('boardReport.created', { date: formatDate(madeAt, language) })}</p>
    </header>
  );
}
