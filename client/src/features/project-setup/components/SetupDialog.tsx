import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { Dialog } from '../../../shared/ui/Dialog';
import type { SaveFailure } from '../../../shared/apollo/saveFailure';

/**
 * The dialog every project-setup form opens in: the fields, Save and Cancel, a status line
 * while saving, and what went wrong. A conflict (someone else saved first) offers to load what
 * is saved now; the form then starts over from it.
 */
export function SetupDialog({
  title,
  saving,
  failure,
  onSubmit,
  onReload,
  onClose,
  children,
}: {
  title: string;
  saving: boolean;
  failure: SaveFailure | undefined;
  onSubmit: () => void;
  /** Fetches the record again; rejects when that fails. */
  onReload: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  // After a refusal the keyboard user lands on what to fix: the first field in error, else the message.
  useEffect(() => {
    if (!failure) return;
    const find = (selector: string) => form.current?.querySelector<HTMLElement>(selector);
    (find('[aria-invalid="true"]') ?? find('[data-failure]'))?.focus();
  }, [failure]);

  const reload = async () => {
    setReloading(true);
    setReloadError(undefined);
    try {
      await onReload();
      setNotice(t('projectSetup.reloaded'));
    } catch (error) {
      setReloadError(describeError(error, t));
    } finally {
      setReloading(false);
    }
  };

  const general = reloadError ?? failure?.general;
  return (
    <Dialog title={title} onClose={onClose}>
      <form
        ref={form}
        className="form setup-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setNotice(undefined);
          onSubmit();
        }}
      >
        {failure?.conflict && (
          <div role="alert" className="form-error conflict" tabIndex={-1} data-failure>
            <p>{failure.conflict}</p>
            <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
              {t('projectSetup.reload')}
            </button>
          </div>
        )}
        {general && (
          <p role="alert" className="form-error" tabIndex={-1} data-failure>
            {general}
          </p>
        )}
        {children}
        <p role="status" className="form-status">
          {saving ? t('app.saving') : reloading ? t('app.loading') : (notice ?? '')}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={saving || reloading}>
            {t('projectSetup.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('projectSetup.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
