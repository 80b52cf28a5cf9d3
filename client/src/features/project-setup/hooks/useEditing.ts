import { useState } from 'react';
import type { Outcome } from '../../../shared/ui/OutcomeMessage';

/**
 * What a section's dialog edits: nothing (closed), a new record, or one of `records`, always as
 * the list has it now; and what the section's last change came to. When the record leaves the
 * list (someone else took it out of force), the dialog closes and says `goneText`.
 */
export function useEditing<R extends { id: string }>(records: readonly R[] | undefined, goneText?: string) {
  const [editing, setEditing] = useState<{ id?: string }>();
  const [outcome, setOutcome] = useState<Outcome>();
  const record = editing?.id ? records?.find((r) => r.id === editing.id) : undefined;
  if (editing?.id && records && !record) {
    setEditing(undefined);
    if (goneText) setOutcome({ failed: true, text: goneText });
  }
  const open = (id?: string) => {
    setOutcome(undefined);
    setEditing({ id });
  };
  return {
    isOpen: editing !== undefined,
    record,
    outcome,
    setOutcome,
    startNew: () => open(),
    startEdit: (id: string) => open(id),
    close: () => setEditing(undefined),
    /** The dialog saved: it closes, and the section says `text`. */
    saved: (text: string) => {
      setOutcome({ failed: false, text });
      setEditing(undefined);
    },
  };
}
