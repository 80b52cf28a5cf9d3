import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { MeetingKind, MeetingsByQuarter_StatisticsFragment } from '../../../gql/graphql';
import { meetingKinds } from '../../../shared/domain/meetingKinds';
import { formatNumber } from '../../../shared/format/formatNumber';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ChartPatterns, PatternSwatch, patternFill } from './ChartPatterns';
import { ChartSection } from './ChartSection';

graphql(`
  fragment MeetingsByQuarter_statistics on Statistics {
    meetingsByQuarter {
      quarter
      kind
      count
    }
  }
`);

const width = 560;
const height = 240;
const pad = { top: 20, right: 10, bottom: 28, left: 32 };

/** Meetings per quarter, stacked by kind; each kind has its own fill pattern and the legend names them. */
export function MeetingsByQuarter({ statistics }: { statistics: MeetingsByQuarter_StatisticsFragment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const prefix = useId().replace(/:/g, '');
  const number = (value: number) => formatNumber(value, language);
  const quarters = [...new Set(statistics.meetingsByQuarter.map((entry) => entry.quarter))].sort();
  const count = (quarter: string, kind: MeetingKind) =>
    statistics.meetingsByQuarter.find((entry) => entry.quarter === quarter && entry.kind === kind)?.count ?? 0;
  const totals = quarters.map((quarter) => meetingKinds.reduce((sum, kind) => sum + count(quarter, kind), 0));
  const usedKinds = meetingKinds.filter((kind) => quarters.some((quarter) => count(quarter, kind) > 0));
  const top = Math.max(1, ...totals);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const slot = plotW / Math.max(1, quarters.length);
  const barW = Math.min(40, slot * 0.7);
  const h = (value: number) => (value / top) * plotH;
  const quarterLabel = (quarter: string) => quarter.replace('-', ' ');

  if (quarters.length === 0) {
    return (
      <ChartSection id="meetings" title={t('stats.meetings.title')}>
        <p>{t('stats.meetings.empty')}</p>
      </ChartSection>
    );
  }

  const chart = (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart-svg" role="presentation">
        <ChartPatterns prefix={prefix} />
        <line x1={pad.left} x2={pad.left + plotW} y1={pad.top + plotH} y2={pad.top + plotH} stroke="#1c2430" />
        {quarters.map((quarter, qi) => {
          const x = pad.left + qi * slot + (slot - barW) / 2;
          let base = pad.top + plotH;
          return (
            <g key={quarter}>
              {meetingKinds.map((kind, ki) => {
                const value = count(quarter, kind);
                if (value === 0) return null;
                base -= h(value);
                return <rect key={kind} x={x} width={barW} y={base} height={h(value)} fill={patternFill(prefix, ki)} stroke="#1c2430" strokeWidth="0.75" />;
              })}
              <text x={x + barW / 2} y={base - 4} textAnchor="middle" className="chart-value">
                {number(totals[qi])}
              </text>
              {(quarters.length <= 8 || qi % 2 === 0) && (
                <text x={x + barW / 2} y={height - 8} textAnchor="middle" className="chart-label chart-label-small">
                  {quarterLabel(quarter)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend">
        {usedKinds.map((kind) => (
          <li key={kind}>
            <PatternSwatch prefix={prefix} index={meetingKinds.indexOf(kind)} /> {t(`stats.meetings.kinds.${kind}`)}
          </li>
        ))}
      </ul>
    </>
  );

  const table = (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('stats.meetings.quarter')}</th>
          {usedKinds.map((kind) => (
            <th key={kind} scope="col" className="numeric">
              {t(`stats.meetings.kinds.${kind}`)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('stats.meetings.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {quarters.map((quarter, qi) => (
          <tr key={quarter}>
            <th scope="row">{quarterLabel(quarter)}</th>
            {usedKinds.map((kind) => (
              <td key={kind} className="numeric">
                {number(count(quarter, kind))}
              </td>
            ))}
            <td className="numeric">{number(totals[qi])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return <ChartSection id="meetings" title={t('stats.meetings.title')} description={t('stats.meetings.description')} chart={chart} table={table} />;
}
