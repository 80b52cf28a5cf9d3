import { z } from 'zod';
import { badInput } from './graphql/errors';

/**
 * Checks input at the edge with a zod schema. The first problem becomes a
 * BAD_USER_INPUT error whose message (Norwegian) says what to fix.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  // PostgreSQL text cannot hold NUL, and UTF-8 (jsonb) no half surrogate pair: refuse them here rather than as a failed query.
  const bad = findUnstorableText(value, '');
  if (bad) {
    const what = bad.text.includes('\u0000') ? 'NUL' : 'et halvt UTF-16-tegnpar';
    throw badInput(`${bad.path ? `${bad.path}: ` : ''}Teksten inneholder et ugyldig tegn (${what}).`, bad.path || undefined);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

export const uuid = () => z.uuid({ message: 'Ugyldig id.' });

/** Optional free text, trimmed; empty means none and is stored as null, like a field never filled. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} kan ha høyst ${max.toLocaleString('nb-NO')} tegn.`)
    .transform((s) => (s === '' ? null : s))
    .nullish();

/** A calendar date as åååå-mm-dd (the API's format; the UI shows dd.mm.åååå). */
export const localDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen må skrives som åååå-mm-dd.')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'Datoen finnes ikke i kalenderen.')
    // JavaScript knows a year 0, PostgreSQL does not; no business date lies outside this range.
    .refine((s) => s >= '1900-01-01' && s <= '2999-12-31', 'Datoen må være mellom år 1900 og 2999.');

/** A point in time in ISO 8601 with a time zone, e.g. 2026-11-26T13:00:00+01:00. */
export const instant = () =>
  z.iso
    .datetime({ offset: true, message: 'Tidspunktet må skrives som ISO 8601 med tidssone, f.eks. 2026-11-26T13:00:00+01:00.' })
    .transform((s) => new Date(s));

const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store as sent: no NUL, no half of a surrogate pair. */
export const isStorableText = (text: string) => !unstorable.test(text);

/** The first string PostgreSQL cannot store, with its path, or null. */
function findUnstorableText(value: unknown, path: string): { path: string; text: string } | null {
  if (typeof value === 'string') return isStorableText(value) ? null : { path, text: value };
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
