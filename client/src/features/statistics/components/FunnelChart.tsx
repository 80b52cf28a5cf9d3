import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { FunnelChart_StatisticsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Bar, ChartSection } from './ChartSection';
import { Share } from './Share';

graphql(`
  fragment FunnelChart_statistics on Statistics {
    funnel {
      reached
      conversion
      stage {
        id
        nameNb
        nameEn
      }
    }
    funnelWon
  }
`);

/**
 * The funnel of the companies created in the period: one bar per open stage (reached), the share
 * that went on to the next stage beside it, and established (WON) as the last step.
 */
export function FunnelChart({ statistics }: { statistics: FunnelChart_StatisticsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { funnel, funnelWon } = statistics;
  const top = Math.max(1, ...funnel.map((step) => step.reached));
  const empty = funnel.every((step) => step.reached === 0);

  return (
    <ChartSection id="funnel" title={t('stats.funnel.title')} description={t('stats.funnel.description')}>
      {empty ? (
        <p>{t('stats.funnel.empty')}</p>
      ) : (
        <table className="data-table chart-table-bars">
          <thead>
            <tr>
              <th scope="col">{t('stats.funnel.stage')}</th>
              <th scope="col">{t('stats.funnel.reached')}</th>
              <th scope="col" className="numeric">
                {t('stats.funnel.conversion')}
              </th>
            </tr>
          </thead>
          <tbody>
            {funnel.map((step) => (
              <tr key={step.stage.id}>
                <th scope="row">{localizedName(step.stage, language)}</th>
                <td className="bar-column">
                  <Bar share={step.reached / top}>{formatNumber(step.reached, language)}</Bar>
                </td>
                <td className="numeric">
                  <span aria-hidden="true">↓ </span>
                  <Share value={step.conversion} />
                </td>
              </tr>
            ))}
            <tr className="funnel-won">
              <th scope="row">{t('stats.funnel.won')}</th>
              <td className="bar-column">
                <Bar share={funnelWon / top}>{formatNumber(funnelWon, language)}</Bar>
              </td>
              <td />
            </tr>
          </tbody>
        </table>
      )}
    </ChartSection>
  );
}
