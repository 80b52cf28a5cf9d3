import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { FocusAreaConversion_StatisticsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Bar, ChartSection } from './ChartSection';
import { Share } from './Share';

graphql(`
  fragment FocusAreaConversion_statistics on Statistics {
    byFocusArea {
      focusArea {
        id
        nameNb
        nameEn
        color
      }
      won
      lost
      winRate
      realizedJobs
      funnel {
        reached
        conversion
        stage {
          id
        }
      }
      funnelWon
    }
  }
`);

/** Win rate and funnel per focus area; a company counts in each of its areas (the note says so). */
export function FocusAreaConversion({ statistics }: { statistics: FocusAreaConversion_StatisticsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const areas = statistics.byFocusArea;

  return (
    <ChartSection id="focus-areas" title={t('stats.byFocusArea.title')}>
      <p className="stat-note" role="note">
        {t('stats.byFocusArea.note')}
      </p>
      {areas.length === 0 ? (
        <p>{t('stats.byFocusArea.empty')}</p>
      ) : (
        <table className="data-table chart-table-bars">
          <thead>
            <tr>
              <th scope="col">{t('stats.byFocusArea.focusArea')}</th>
              <th scope="col" className="numeric">
                {t('stats.byFocusArea.won')}
              </th>
              <th scope="col" className="numeric">
                {t('stats.byFocusArea.lost')}
              </th>
              <th scope="col">{t('stats.byFocusArea.winRate')}</th>
              <th scope="col" className="numeric">
                {t('stats.byFocusArea.jobs')}
              </th>
              <th scope="col">{t('stats.byFocusArea.funnel')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.focusArea.id}>
                <th scope="row">
                  <span className="focus-swatch" style={{ background: area.focusArea.color }} aria-hidden="true" />
                  {localizedName(area.focusArea, language)}
                </th>
                <td className="numeric">{number(area.won)}</td>
                <td className="numeric">{number(area.lost)}</td>
                <td className="bar-column">
                  <Bar share={area.winRate ?? 0}>
                    <Share value={area.winRate} />
                  </Bar>
                </td>
                <td className="numeric">{number(area.realizedJobs)}</td>
                <td className="funnel-steps">
                  {area.funnel.map((step) => (
                    <span key={step.stage.id}>
                      {number(step.reached)}
                      <span className="muted">
                        {' ('}
                        <Share value={step.conversion} />)
                      </span>{' '}
                      →{' '}
                    </span>
                  ))}
                  <span>{number(area.funnelWon)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ChartSection>
  );
}
