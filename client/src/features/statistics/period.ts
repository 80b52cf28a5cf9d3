/**
 * The period of the statistics: whole days, both included (the API's PeriodInput). It lives in
 * the address as `from` and `to` (åååå-mm-dd) beside the shared company filter, so a link to the
 * page or the board report shows the same figures.
 */
export interface Period {
  from: string;
  to: string;
}

export interface PeriodPreset {
  key: string;
  period: Period;
  /** The year for `year` presets; the programme period has none. */
  year?: number;
  thisYear?: boolean;
}

/** The programme period of the funding application (summer 2015 – summer 2018). */
export const programmePeriod: Period = { from: '2015-07-01', to: '2018-06-30' };
const programmeYears = [2015, 2016, 2017, 2018];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
export const periodParams = ['from', 'to'] as const;

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Today's year in Norway, whatever the viewer's machine says. */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: 'Europe/Oslo' }).format(now));
}

/** The choices of the period picker: the programme period, each programme year, this year. */
export function periodPresets(now = new Date()): PeriodPreset[] {
  const thisYear = currentYear(now);
  return [
    { key: 'programme', period: programmePeriod },
    ...programmeYears.map((year) => ({ key: `year-${year}`, period: yearPeriod(year), year })),
    ...(programmeYears.includes(thisYear) ? [] : [{ key: 'this-year', period: yearPeriod(thisYear), year: thisYear, thisYear: true }]),
  ];
}

function validDate(value: string | null): value is string {
  return value !== null && isoDate.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The period in the address; the programme period when it is missing or does not make sense. */
export function periodFromSearchParams(params: URLSearchParams): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (validDate(from) && validDate(to) && from <= to) return { from, to };
  return programmePeriod;
}

/** `params` with the period set (other parameters, such as the filter, kept). */
export function withPeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('from', period.from);
  next.set('to', period.to);
  return next;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * The year the "establishments this year" tile shows: this year when the period reaches it,
 * otherwise the period's last year (a past period shows its final year).
 */
export function tileYear(period: Period, now = new Date()): number {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  const thisYear = currentYear(now);
  return thisYear >= first && thisYear <= last ? thisYear : last;
}
