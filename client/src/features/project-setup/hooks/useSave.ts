import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { inputProblems } from '../../../shared/apollo/inputProblems';

/** Why a save did not go through: someone else's newer version, or what to fix, by field or for the whole form. */
export interface SaveFailure {
  conflict?: string;
  fields: Partial<Record<string, string>>;
  general?: string;
}

/**
 * Runs a save of a form whose inputs are named `fields` and keeps what the user must see:
 * saving or not, and a failure sorted so each message can stand where it belongs.
 */
export function useSave(fields: readonly string[]) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<SaveFailure>();

  const save = async (action: () => Promise<unknown>): Promise<boolean> => {
    setSaving(true);
    setFailure(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(saveFailure(error, fields, t));
      return false;
    } finally {
      setSaving(false);
    }
  };

  return {
    saving,
    failure,
    save,
    /** Problems found before sending (none: clears the failure). */
    refuse: (problems: Partial<Record<string, string>>) =>
      setFailure(Object.keys(problems).length > 0 ? { fields: problems } : undefined),
    clearFailure: () => setFailure(undefined),
  };
}

function saveFailure(error: unknown, fields: readonly string[], t: TFunction): SaveFailure {
  if (hasErrorCode(error, 'CONFLICT')) return { conflict: describeError(error, t), fields: {} };
  const answer = inputProblems(error);
  const placed = Object.entries(answer.byField).filter(([field]) => fields.includes(field));
  const unplaced = Object.entries(answer.byField).filter(([field]) => !fields.includes(field));
  const messages = [...answer.general, ...unplaced.map(([, message]) => message)];
  if (messages.length === 0 && placed.length === 0) messages.push(describeError(error, t));
  return { fields: Object.fromEntries(placed), general: messages.length > 0 ? messages.join(' ') : undefined };
}
