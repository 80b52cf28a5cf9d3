import { stringify } from 'csv-stringify';
import type { Response } from 'express';

const dateFormat = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });

/** dd.mm.åååå in Norwegian time; a date-only value (åååå-mm-dd) is shown as it is. */
export function csvDate(value: Date | string | null): string {
  if (value === null) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('.');
  return dateFormat.format(new Date(value));
}

export function csvDateTime(value: Date | null): string {
  return value === null ? '' : `${dateFormat.format(value)} ${timeFormat.format(value)}`;
}

/**
 * Streams rows as CSV that Norwegian Excel opens correctly: UTF-8 with a byte
 * order mark, semicolons between fields, CRLF line ends.
 */
export async function sendNorwegianCsv(
  res: Response,
  fileName: string,
  header: string[],
  rows: AsyncIterable<(string | number | null)[]>,
): Promise<void> {
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  const csv = stringify({ delimiter: ';', record_delimiter: '\r\n', bom: true, header: true, columns: header });
  csv.pipe(res);
  for await (const row of rows) {
    if (!csv.write(row.map((v) => v ?? ''))) await new Promise((resolve) => csv.once('drain', resolve));
  }
  csv.end();
  await new Promise((resolve) => res.once('finish', resolve));
}
