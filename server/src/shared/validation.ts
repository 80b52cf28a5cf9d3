import { z } from 'zod';
import { badInput } from './graphql/errors';

/**
 * Checks input at the edge with a zod schema. The first problem becomes a
 * BAD_USER_INPUT error whose message (Norwegian) says what to fix.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field || undefined);
}

export const uuid = () => z.uuid({ message: 'Ugyldig id.' });
