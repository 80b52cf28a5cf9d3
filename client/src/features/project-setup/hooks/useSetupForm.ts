import { useState } from 'react';
import { useSave } from './useSave';

/**
 * A project-setup form that edits `record` (a new one when it is undefined): its fields, the
 * save, and what its SetupDialog needs. When a newer version of the record arrives (loaded
 * again after a conflict), the form starts over from it and the conflict is gone.
 */
export function useSetupForm<R extends { version: number }, D>({
  record,
  toDraft,
  fields,
  onReload,
}: {
  record: R | undefined;
  toDraft: (record: R | undefined) => D;
  /** The inputs the server may name in a refusal. */
  fields: readonly string[];
  onReload: () => Promise<void>;
}) {
  const [draft, setDraft] = useState(() => toDraft(record));
  const [shownVersion, setShownVersion] = useState(record?.version);
  const { saving, failure, save, refuse, clearFailure } = useSave(fields);
  if (record && record.version !== shownVersion) {
    setShownVersion(record.version);
    setDraft(toDraft(record));
  }
  return {
    draft,
    change: (patch: Partial<D>) => setDraft((current) => ({ ...current, ...patch })),
    /** Messages for the fields, by name. */
    problems: failure?.fields ?? {},
    save,
    refuse,
    dialog: {
      saving,
      failure,
      onReload: async () => {
        await onReload();
        clearFailure();
      },
    },
  };
}
