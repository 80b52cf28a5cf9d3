import type { TFunction } from 'i18next';

// The actions and entities the server writes today (audit.service callers); others show as written.
const actions = [
  'CREATE',
  'UPDATE',
  'DEACTIVATE',
  'REACTIVATE',
  'LOGIN',
  'LOGOUT',
  'CHANGE_PASSWORD',
  'RESET_PASSWORD',
] as const;
const entities = ['User', 'Session', 'Prospect', 'Contact', 'Meeting', 'Stage', 'FocusArea', 'Target'] as const;
const fields = ['name', 'email', 'role', 'active', 'passwordHash'] as const;
const roles = ['ADMIN', 'LEADER', 'MEMBER', 'BOARD'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

export function actionLabel(action: string, t: TFunction): string {
  return isOneOf(actions, action) ? t(`audit.actions.${action}`) : action;
}

export function entityLabel(entity: string, t: TFunction): string {
  return isOneOf(entities, entity) ? t(`audit.entities.${entity}`) : entity;
}

export function fieldLabel(field: string, t: TFunction): string {
  return isOneOf(fields, field) ? t(`audit.fields.${field}`) : field;
}

const maxLength = 60;

/** A value of a diff in a few words: yes/no, a role's name, long texts cut short. */
export function auditValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  if (field === 'role' && isOneOf(roles, value)) return t(`roles.${value}`);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The changed fields of an entry (`{ field: { before, after } }`), without the id the row already names. */
export function fieldChanges(diff: Record<string, unknown>): FieldChange[] {
  return Object.entries(diff).flatMap(([field, change]) =>
    field !== 'id' && typeof change === 'object' && change !== null
      ? [{ field, before: (change as FieldChange).before, after: (change as FieldChange).after }]
      : [],
  );
}
