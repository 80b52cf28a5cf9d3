import type { TFunction } from 'i18next';
import { describeError } from './describeError';
import { hasErrorCode } from './errorCode';
import { inputProblems } from './inputProblems';

/** Why a save did not go through: someone else's newer version, or what to fix, by field or for the whole form. */
export interface SaveFailure {
  conflict?: string;
  fields: Partial<Record<string, string>>;
  general?: string;
}

/**
 * Sorts a failed save so each message can stand where it belongs: by the form's `fields` (the
 * server's field names, or the form's own through `fieldOf`), the rest above the form.
 */
export function saveFailure(
  error: unknown,
  fields: readonly string[],
  t: TFunction,
  fieldOf: Readonly<Record<string, string>> = {},
): SaveFailure {
  if (hasErrorCode(error, 'CONFLICT')) return { conflict: describeError(error, t), fields: {} };
  const answer = inputProblems(error);
  const named = Object.entries(answer.byField).map(([field, message]) => [fieldOf[field] ?? field, message] as const);
  const placed = named.filter(([field]) => fields.includes(field));
  const unplaced = named.filter(([field]) => !fields.includes(field));
  const messages = [...answer.general, ...unplaced.map(([, message]) => message)];
  if (messages.length === 0 && placed.length === 0) messages.push(describeError(error, t));
  return { fields: Object.fromEntries(placed), general: messages.length > 0 ? messages.join(' ') : undefined };
}
