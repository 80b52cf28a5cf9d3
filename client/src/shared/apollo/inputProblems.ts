import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** What a BAD_USER_INPUT answer says, by the input field it names (`extensions.field`). */
export interface InputProblems {
  /** Message per field, e.g. `{ orgNumber: 'Organisasjonsnummeret er ugyldig …' }`. */
  byField: Record<string, string>;
  /** Errors that name no field: shown once, above the form. */
  general: string[];
}

/**
 * Sorts the server's errors by the field they concern, so each message can stand next to its
 * field. The server prefixes validation messages with the field's path (`orgNumber: …`); the
 * prefix is dropped where the message stands by the field anyway.
 */
export function inputProblems(error: unknown): InputProblems {
  const problems: InputProblems = { byField: {}, general: [] };
  if (!CombinedGraphQLErrors.is(error)) return problems;
  for (const e of error.errors) {
    const field = e.extensions?.code === 'BAD_USER_INPUT' ? e.extensions.field : undefined;
    if (typeof field === 'string' && field) {
      const prefix = `${field}: `;
      problems.byField[field] ??= e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    } else if (!problems.general.includes(e.message)) {
      problems.general.push(e.message);
    }
  }
  return problems;
}
