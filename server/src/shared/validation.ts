import { z } from 'zod';
import { badInput } from './graphql/errors';

/**
 * Checks input at the edge with a zod schema. The first problem becomes a
 * BAD_USER_INPUT error whose message (Norwegian) says what to fix.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  // PostgreSQL text cannot hold NUL: refuse it here rather than as a failed query.
  const nulAt = findNul(value, '');
  if (nulAt !== null) throw badInput(`${nulAt ? `${nulAt}: ` : ''}Teksten inneholder et ugyldig tegn (NUL).`, nulAt || undefined);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

export const uuid = () => z.uuid({ message: 'Ugyldig id.' });

/** A calendar date as åååå-mm-dd (the API's format; the UI shows dd.mm.åååå). */
export const localDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen må skrives som åååå-mm-dd.')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'Datoen finnes ikke i kalenderen.');

/** A point in time in ISO 8601 with a time zone, e.g. 2026-11-26T13:00:00+01:00. */
export const instant = () =>
  z.iso
    .datetime({ offset: true, message: 'Tidspunktet må skrives som ISO 8601 med tidssone, f.eks. 2026-11-26T13:00:00+01:00.' })
    .transform((s) => new Date(s));

/** The path of the first string that holds a NUL character, or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}
