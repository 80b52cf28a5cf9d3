import type { NavigateFunction } from 'react-router';
import type { Role } from '../gql/graphql';
import { anyRole, canReadPersonalData, canWritePipeline, type Permission } from '../features/auth/access';
import { requestLogMeeting } from '../features/meetings/logMeetingRequest';
import type { AppLanguage } from '../shared/i18n/languages';
import { shortcutTargetSelector } from '../shared/ui/shortcutTargets';

/** What a shortcut can reach when it runs. */
export interface ShortcutContext {
  navigate: NavigateFunction;
  showHelp: () => void;
}

export interface Shortcut {
  /** The key as `KeyboardEvent.key` names it: `n`, `/`, `?`. */
  key: string;
  /** What it does, as the list under `?` shows it (both languages here, so adding one is one line). */
  label: Record<AppLanguage, string>;
  /** Who may use it; every role when left out. */
  allow?: Permission;
  run: (context: ShortcutContext) => void;
}

/** A shortcut that opens a page. */
export const goTo =
  (path: string) =>
  ({ navigate }: ShortcutContext) =>
    void navigate(path);

/** Focuses the page's search field; a page without one opens the company list with its search focused. */
function focusSearch({ navigate }: ShortcutContext) {
  const field = document.querySelector<HTMLInputElement>(shortcutTargetSelector('search'));
  if (!field) return void navigate('/companies', { state: { focusSearch: true } });
  field.focus();
  field.select();
}

/**
 * The app's keyboard shortcuts, one line each, in the order the `?` list shows them. They work
 * on every page, but never while the user types in a field.
 */
export const shortcuts: Shortcut[] = [
  { key: '/', label: { nb: 'Søk', en: 'Search' }, run: focusSearch },
  { key: 'n', label: { nb: 'Ny bedrift', en: 'New company' }, allow: canWritePipeline, run: goTo('/companies/new') },
  { key: 'm', label: { nb: 'Logg møte', en: 'Log meeting' }, allow: canReadPersonalData, run: requestLogMeeting },
  { key: '?', label: { nb: 'Vis hurtigtastene', en: 'Show the keyboard shortcuts' }, run: ({ showHelp }) => showHelp() },
];

/** Whether the key goes into something the user is writing in (or a dialog they are answering). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('dialog[open], [contenteditable="true"]') !== null
  );
}

/** The shortcut a key press means for this role, if any. */
export function shortcutFor(event: KeyboardEvent, role: Role): Shortcut | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  if (isTyping(event.target)) return undefined;
  return shortcuts.find((shortcut) => shortcut.key === event.key && (shortcut.allow ?? anyRole)(role));
}
