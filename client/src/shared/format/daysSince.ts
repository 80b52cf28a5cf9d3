// Days are counted on the Norwegian calendar: 23:30 yesterday is "yesterday", not "today".
const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

function dayNumber(value: string | Date): number {
  // en-CA writes YYYY-MM-DD; as UTC midnight it counts whole days without summer-time steps.
  return Date.parse(`${calendarDay.format(new Date(value))}T00:00:00Z`) / 86_400_000;
}

/** Whole calendar days (Norwegian time) from `value` to `now`: 0 today, 1 yesterday; negative in the future. */
export function daysSince(value: string | Date, now: Date = new Date()): number {
  return dayNumber(now) - dayNumber(value);
}
