import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { TimeInStage_StatisticsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { formatDays } from '../figures';
import { Bar, ChartSection } from './ChartSection';
import { Share } from './Share';

graphql(`
  fragment TimeInStage_statistics on Statistics {
    timeInStage {
      count
      medianDays
      stage {
        id
        nameNb
        nameEn
        category
      }
    }
    medianDaysToDecision
  }
`);

/** Median days per open stage (one decimal), and the median time from creation to establishment. */
export function TimeInStage({ statistics }: { statistics: TimeInStage_StatisticsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Time "in" WON or LOST is time since closing, not a step of the work: the open stages tell the story.
  const stages = statistics.timeInStage.filter((entry) => entry.stage.category === 'OPEN');
  const top = Math.max(1, ...stages.map((entry) => entry.medianDays ?? 0));

  return (
    <ChartSection id="time-in-stage" title={t('stats.timeInStage.title')} description={t('stats.timeInStage.description')}>
      <table className="data-table chart-table-bars">
        <thead>
          <tr>
            <th scope="col">{t('stats.timeInStage.stage')}</th>
            <th scope="col">{t('stats.timeInStage.median')}</th>
            <th scope="col" className="numeric">
              {t('stats.timeInStage.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stages.map((entry) => (
            <tr key={entry.stage.id}>
              <th scope="row">{localizedName(entry.stage, language)}</th>
              <td className="bar-column">
                {entry.medianDays === null || entry.medianDays === undefined ? (
                  <Share value={null} />
                ) : (
                  <Bar share={entry.medianDays / top}>{formatDays(entry.medianDays, language)}</Bar>
                )}
              </td>
              <td className="numeric">{formatNumber(entry.count, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-figure="days-to-decision">
        {t('stats.timeInStage.toDecision', {
          days: statistics.medianDaysToDecision === null || statistics.medianDaysToDecision === undefined ? '–' : formatDays(statistics.medianDaysToDecision, language),
        })}
      </p>
    </ChartSection>
  );
}

/** The section while the medians are still being computed (they read rows, not summaries). */
export function TimeInStagePending() {
  const { t } = useTranslation();
  return (
    <ChartSection id="time-in-stage" title={t('stats.timeInStage.title')} description={t('stats.timeInStage.description')}>
      <p role="status">{t('stats.loading')}</p>
    </ChartSection>
  );
}
