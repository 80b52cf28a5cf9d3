import type { TFunction } from 'i18next';
import type { StatisticsData } from './hooks/useStatistics';
import type { AppLanguage } from '../../shared/i18n/languages';
import { localizedName } from '../../shared/i18n/localizedName';
import type { Period } from './period';
import { downloadFile } from '../../shared/browser/downloadFile';

/** A cell: a number (written with a decimal comma), a text, or nothing (an empty cell). */
export type CsvValue = number | string | null;

/**
 * A number as Norwegian Excel reads it: decimal comma, no thousands separator (a space would
 * make it text), at most four decimals.
 */
export function csvNumber(value: number): string {
  return String(Math.round(value * 10_000) / 10_000).replace('.', ',');
}

function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV for Norwegian Excel: UTF-8 with a byte-order mark (else Excel guesses the wrong encoding
 * and æøå break), `;` between cells (the comma is the decimal sign), CRLF between rows.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A share 0–1 as a percent number with one decimal; null (empty set) stays empty. */
const percent = (share: number | null | undefined) => (share === null || share === undefined ? null : Math.round(share * 1000) / 10);

/** Every figure of the statistics page as rows of figure;value (shares in percent). */
export function statisticsCsvRows(data: StatisticsData, period: Period, t: TFunction, language: AppLanguage): CsvValue[][] {
  const s = data.statistics;
  const name = (record: { nameNb: string; nameEn: string }) => localizedName(record, language);
  const rows: CsvValue[][] = [
    [t('stats.csv.figure'), t('stats.csv.value')],
    [t('stats.csv.period'), `${period.from} – ${period.to}`],
    [t('stats.csv.realizedJobs'), s.jobs.realized],
    [t('stats.csv.jobsTarget'), s.jobs.target?.value ?? null],
    [t('stats.csv.weightedPipeline'), s.jobs.weightedPipeline],
    [t('stats.csv.residents'), s.residents.realized],
    [t('stats.csv.residentsTarget'), s.residents.target?.value ?? null],
    [t('stats.csv.won'), s.won],
    [t('stats.csv.lost'), s.lost],
    [`${t('stats.csv.winRate')} (%)`, percent(s.winRate)],
    [t('stats.csv.activeCompanies'), s.activeCompanies],
    [t('stats.csv.medianDaysToDecision'), s.medianDaysToDecision ?? null],
  ];
  for (const step of s.funnel) {
    rows.push([t('stats.csv.funnelReached', { stage: name(step.stage) }), step.reached]);
    rows.push([`${t('stats.csv.funnelConversion', { stage: name(step.stage) })} (%)`, percent(step.conversion)]);
  }
  rows.push([t('stats.csv.funnelWon'), s.funnelWon]);
  for (const year of s.establishmentsByYear) rows.push([t('stats.csv.establishments', { year: year.year }), year.count]);
  for (const area of s.byFocusArea) {
    const label = name(area.focusArea);
    rows.push([t('stats.csv.focusAreaWon', { area: label }), area.won]);
    rows.push([t('stats.csv.focusAreaLost', { area: label }), area.lost]);
    rows.push([`${t('stats.csv.focusAreaWinRate', { area: label })} (%)`, percent(area.winRate)]);
    rows.push([t('stats.csv.focusAreaJobs', { area: label }), area.realizedJobs]);
  }
  for (const entry of s.timeInStage) rows.push([t('stats.csv.timeInStage', { stage: name(entry.stage) }), entry.medianDays ?? null]);
  for (const month of s.jobsOverTime) rows.push([t('stats.csv.jobsMonth', { month: month.month }), month.cumulative]);
  for (const entry of s.meetingsByQuarter) {
    rows.push([t('stats.csv.meetings', { quarter: entry.quarter, kind: t(`stats.meetings.kinds.${entry.kind}`) }), entry.count]);
  }
  return rows;
}

/** Lets the browser save `csv` as a file. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadFile(csv, fileName, 'text/csv;charset=utf-8');
}
