import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A generated password, shown this once: it lives only in the state of the page that got it,
 * and is gone when the admin is done (or leaves the page).
 */
export function TemporaryPassword({ name, password, onDone }: { name: string; password: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed'>();

  // Take the admin straight to it: it is the one thing to act on now.
  useEffect(() => heading.current?.focus(), [password]);

  const copyPassword = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      // No clipboard (plain http on a LAN, or refused): select it for Ctrl+C instead.
      field.current?.select();
      setCopy('failed');
    }
  };

  return (
    <section className="temporary-password" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('users.temporary.title', { name })}
      </h3>
      <p>{t('users.temporary.text')}</p>
      <div className="temporary-password-value">
        <label htmlFor={`${id}-value`} className="visually-hidden">
          {t('users.temporary.label')}
        </label>
        <input id={`${id}-value`} ref={field} readOnly value={password} spellCheck={false} autoComplete="off" />
        <button type="button" className="button" onClick={() => void copyPassword()}>
          {t('users.temporary.copy')}
        </button>
      </div>
      <p role="status" className="form-status">
        {copy === 'copied' ? t('users.temporary.copied') : copy === 'failed' ? t('users.temporary.copyFailed') : ''}
      </p>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t('users.temporary.done')}
      </button>
    </section>
  );
}
