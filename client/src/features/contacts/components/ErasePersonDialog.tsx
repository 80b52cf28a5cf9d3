import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { Dialog } from '../../../shared/ui/Dialog';

/** Asks before a person is erased for good; "cancel" comes first, so the focus starts on the safe choice. */
export function ErasePersonDialog({
  name,
  onErase,
  onCancel,
}: {
  name: string;
  onErase: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [erasing, setErasing] = useState(false);
  const [error, setError] = useState<string>();
  const erase = async () => {
    setErasing(true);
    setError(undefined);
    try {
      await onErase();
    } catch (e) {
      setError(describeError(e, t));
      setErasing(false);
    }
  };
  return (
    <Dialog title={t('contacts.eraseTitle', { name })} onClose={onCancel}>
      <p>{t('contacts.eraseText')}</p>
      <p className="muted">{t('contacts.eraseHint')}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onCancel}>
          {t('contacts.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={erasing} onClick={() => void erase()}>
          {erasing ? t('contacts.erasing') : t('contacts.eraseConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
