// Meetings happen in Norway: the form's date and time are Norwegian time whatever the machine says.
const timeZone = 'Europe/Oslo';
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function osloParts(at: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.formatToParts(at).find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date (åååå-mm-dd) and time (tt:mm) in Norway at `at`, as date and time inputs take them. */
export function osloDateAndTime(at: Date): { date: string; time: string } {
  const p = osloParts(at);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** Norway's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function offsetAt(at: Date): number {
  const p = osloParts(at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * A Norwegian date and time as ISO 8601 with its offset, e.g. `2026-11-26T13:00:00+01:00`, or
 * null when either is missing or malformed. (A time skipped by the spring change is read as
 * the same wall time in the offset before it.)
 */
export function osloIsoString(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Guess with the offset at that wall time read as UTC, then correct once (enough at DST edges).
  let offset = offsetAt(new Date(wall - offsetAt(new Date(wall)) * 60_000));
  if (offsetAt(new Date(wall - offset * 60_000)) !== offset) offset = offsetAt(new Date(wall));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${zone}`;
}
