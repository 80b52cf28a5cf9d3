import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { canReadPersonalData } from '../features/auth/access';
import { useViewer } from '../features/auth/hooks/useViewer';
import { LogMeetingHost } from '../features/meetings/components/LogMeetingHost';
import type { AppLanguage } from '../shared/i18n/languages';
import { useLanguage } from '../shared/i18n/useLanguage';
import { Dialog } from '../shared/ui/Dialog';
import { shortcutFor, shortcuts } from './shortcuts';
import './shortcuts.css';

// Few words, kept with the shortcuts (whose labels carry both languages) rather than in a texts file.
const texts: Record<AppLanguage, { title: string; hint: string; close: string }> = {
  nb: { title: 'Hurtigtaster', hint: 'Tastene virker ikke mens du skriver i et felt.', close: 'Lukk' },
  en: { title: 'Keyboard shortcuts', hint: 'The keys do nothing while you type in a field.', close: 'Close' },
};

/** The list of shortcuts the viewer may use, in a modal dialog; Escape or the button closes it. */
function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const language = useLanguage();
  const { role } = useViewer();
  const text = texts[language];
  return (
    <Dialog title={text.title} onClose={onClose}>
      <dl className="shortcut-list">
        {shortcuts
          .filter((shortcut) => (shortcut.allow ? shortcut.allow(role) : true))
          .map((shortcut) => (
            <div key={shortcut.key}>
              <dt>
                <kbd>{shortcut.key}</kbd>
              </dt>
              <dd>{shortcut.label[language]}</dd>
            </div>
          ))}
      </dl>
      <p className="muted">{text.hint}</p>
      <button type="button" className="button" onClick={onClose}>
        {text.close}
      </button>
    </Dialog>
  );
}

/** Listens for the shortcuts on every page behind the login; `?` opens the list of them. */
export default function ShortcutKeys() {
  const navigate = useNavigate();
  const { id, role } = useViewer();
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event, role);
      if (!shortcut) return;
      // The key is the shortcut's: `/` is not also typed into the field it focuses.
      event.preventDefault();
      shortcut.run({ navigate, showHelp: () => setHelpOpen(true) });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, role]);

  return (
    <>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {/* Answers the `m` shortcut (and any other "log meeting" request). */}
      {canReadPersonalData(role) && <LogMeetingHost viewerId={id} />}
    </>
  );
}
