import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { JobsBurnUp_StatisticsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ChartSection } from './ChartSection';

graphql(`
  fragment JobsBurnUp_statistics on Statistics {
    jobsOverTime {
      month
      realized
      cumulative
    }
    jobs {
      target {
        id
        value
      }
    }
  }
`);

const width = 560;
const height = 240;
const pad = { top: 20, right: 70, bottom: 28, left: 40 };

/** `2016-03` as `03.2016` (bokmål) or `03/2016`. */
function monthLabel(month: string, language: 'nb' | 'en'): string {
  const [year, mm] = month.split('-');
  return language === 'nb' ? `${mm}.${year}` : `${mm}/${year}`;
}

/** Burn-up: realized jobs accumulated month by month (solid) against the JOBS target (dashed). */
export function JobsBurnUp({ statistics }: { statistics: JobsBurnUp_StatisticsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  const months = statistics.jobsOverTime;
  const target = statistics.jobs.target?.value ?? null;
  const top = Math.max(1, target ?? 0, ...months.map((m) => m.cumulative)) * 1.08;
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (index: number) => pad.left + (months.length <= 1 ? plotW / 2 : (index / (months.length - 1)) * plotW);
  const y = (value: number) => pad.top + plotH - (value / top) * plotH;
  const last = months.at(-1);
  // Label January of each year (or the first month), so the axis says where years begin.
  const ticks = months.map((m, index) => ({ m, index })).filter(({ m, index }) => index === 0 || m.month.endsWith('-01'));
  const points = months.map((m, index) => `${x(index)},${y(m.cumulative)}`).join(' ');

  const chart = (
    <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg" role="presentation">
      <line x1={pad.left} x2={pad.left + plotW} y1={y(0)} y2={y(0)} stroke="#1c2430" />
      <line x1={pad.left} x2={pad.left} y1={pad.top} y2={y(0)} stroke="#1c2430" />
      <text x={pad.left - 6} y={y(0) + 4} textAnchor="end" className="chart-label">
        0
      </text>
      {target !== null && (
        <g>
          <line x1={pad.left} x2={pad.left + plotW} y1={y(target)} y2={y(target)} stroke="#1c2430" strokeWidth="2" strokeDasharray="8 5" />
          <text x={pad.left + plotW + 6} y={y(target) + 4} className="chart-label">
            {t('stats.burnUp.target', { target: number(target) })}
          </text>
        </g>
      )}
      {months.length > 0 && <polyline points={points} fill="none" stroke="#1c2430" strokeWidth="3" />}
      {last && (
        <text x={x(months.length - 1) + 6} y={y(last.cumulative) - 6} className="chart-value">
          {number(last.cumulative)}
        </text>
      )}
      {ticks.map(({ m, index }) => (
        <text key={m.month} x={x(index)} y={height - 8} textAnchor="middle" className="chart-label">
          {monthLabel(m.month, language)}
        </text>
      ))}
    </svg>
  );

  const table = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('stats.burnUp.month')}</th>
          <th scope="col" className="numeric">
            {t('stats.burnUp.realized')}
          </th>
          <th scope="col" className="numeric">
            {t('stats.burnUp.cumulative')}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthLabel(m.month, language)}</th>
            <td className="numeric">{number(m.realized)}</td>
            <td className="numeric">{number(m.cumulative)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartSection
      id="burn-up"
      title={t('stats.burnUp.title')}
      description={t('stats.burnUp.description', { target: target === null ? '–' : number(target) })}
      chart={chart}
      table={table}
    />
  );
}
