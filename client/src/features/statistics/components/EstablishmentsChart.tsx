import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { EstablishmentsChart_StatisticsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { establishmentsBand } from '../figures';
import { ChartPatterns, patternFill } from './ChartPatterns';
import { ChartSection } from './ChartSection';

graphql(`
  fragment EstablishmentsChart_statistics on Statistics {
    establishmentsByYear {
      year
      count
    }
  }
`);

const width = 560;
const height = 220;
const pad = { top: 20, right: 90, bottom: 28, left: 32 };

/** Establishments per calendar year as bars, with the programme's 2–3 a year as a hatched band. */
export function EstablishmentsChart({
  statistics,
  target,
}: {
  statistics: EstablishmentsChart_StatisticsFragment;
  target: { value: number } | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const prefix = useId().replace(/:/g, '');
  const years = statistics.establishmentsByYear;
  const band = establishmentsBand(target);
  const top = Math.max(1, (band?.high ?? 0) + 1, ...years.map((y) => y.count));
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const y = (value: number) => pad.top + plotH - (value / top) * plotH;
  const slot = plotW / Math.max(1, years.length);
  const barW = Math.min(60, slot * 0.6);
  const number = (value: number) => formatNumber(value, language);

  const chart = (
    <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg" role="presentation">
      <ChartPatterns prefix={prefix} />
      {band && (
        <g>
          <rect
            x={pad.left}
            width={plotW}
            y={y(band.high)}
            height={Math.max(1, y(band.low) - y(band.high))}
            fill={patternFill(prefix, 4)}
            opacity={0.45}
            stroke="#1c2430"
            strokeDasharray="4 3"
          />
          <text x={pad.left + plotW + 6} y={(y(band.high) + y(band.low)) / 2 + 4} className="chart-label">
            {t('stats.establishments.band', { low: number(band.low), high: number(band.high) })}
          </text>
        </g>
      )}
      <line x1={pad.left} x2={pad.left + plotW} y1={y(0)} y2={y(0)} stroke="#1c2430" />
      {years.map((entry, index) => {
        const x = pad.left + index * slot + (slot - barW) / 2;
        return (
          <g key={entry.year}>
            <rect x={x} width={barW} y={y(entry.count)} height={y(0) - y(entry.count)} fill={patternFill(prefix, 0)} />
            <text x={x + barW / 2} y={y(entry.count) - 5} textAnchor="middle" className="chart-value">
              {number(entry.count)}
            </text>
            <text x={x + barW / 2} y={height - 8} textAnchor="middle" className="chart-label">
              {entry.year}
            </text>
          </g>
        );
      })}
    </svg>
  );

  const table = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('stats.establishments.year')}</th>
          <th scope="col" className="numeric">
            {t('stats.establishments.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {years.map((entry) => (
          <tr key={entry.year}>
            <th scope="row">{entry.year}</th>
            <td className="numeric">{number(entry.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartSection
      id="establishments"
      title={t('stats.establishments.title')}
      description={band ? t('stats.establishments.description', { low: number(band.low), high: number(band.high) }) : undefined}
      chart={chart}
      table={table}
    />
  );
}
