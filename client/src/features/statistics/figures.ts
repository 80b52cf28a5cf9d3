import type { Period } from './period';

/** The programme's wording "2–3 establishments a year": the stored target is the upper value. */
export const establishmentsLow = 2;

interface TargetLike {
  metric: string;
  value: number;
  perYear: boolean;
  periodStart: string;
  periodEnd: string;
}

function overlapDays(period: Period, target: TargetLike): number {
  const start = Math.max(Date.parse(period.from), Date.parse(target.periodStart));
  const end = Math.min(Date.parse(period.to), Date.parse(target.periodEnd));
  return end < start ? 0 : (end - start) / 86_400_000 + 1;
}

/**
 * The ESTABLISHMENTS target for the period, chosen as the server chooses the jobs target: the
 * one in force that overlaps the period most; null when none does.
 */
export function establishmentsTarget<T extends TargetLike>(targets: readonly T[], period: Period): T | null {
  let best: T | null = null;
  let bestDays = 0;
  for (const target of targets) {
    if (target.metric !== 'ESTABLISHMENTS') continue;
    const days = overlapDays(period, target);
    if (days > bestDays) {
      best = target;
      bestDays = days;
    }
  }
  return best;
}

/** The establishment band per year: from the programme's 2 up to the target (never below it). */
export function establishmentsBand(target: { value: number } | null): { low: number; high: number } | null {
  if (!target) return null;
  return { low: Math.min(establishmentsLow, target.value), high: target.value };
}

/** A duration in days with one decimal, as the design asks (`12,5`). */
export function roundDays(days: number): number {
  return Math.round(days * 10) / 10;
}

const oneDecimal = {
  nb: new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** Days with exactly one decimal: `12,5` in bokmål (no-break space between thousands), `12.5` in English. */
export function formatDays(days: number, language: 'nb' | 'en'): string {
  return oneDecimal[language].format(roundDays(days)).replace(/[\u202f\u2009]/g, '\u00a0').replace(/\u2212/g, '-');
}
