import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFailure, type SaveFailure } from '../../../shared/apollo/saveFailure';

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
