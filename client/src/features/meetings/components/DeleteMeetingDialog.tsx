import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { Dialog } from '../../../shared/ui/Dialog';
import { useDeleteMeeting } from '../hooks/useDeleteMeeting';

/**
 * Asks before a meeting is deleted for good, minutes and all; "cancel" comes first, so the focus
 * starts on the safe choice. Changed by someone else meanwhile (CONFLICT): says so and offers to
 * reload, so the user sees what changed before deciding again.
 */
export function DeleteMeetingDialog({
  meeting,
  companyId,
  onClose,
  onReload,
}: {
  /** The version the user saw, and its name as the timeline gives it (kind and date). */
  meeting: { id: string; version: number; label: string };
  /** The company whose timeline it is deleted from. */
  companyId: string;
  /** `deleted` when the meeting is gone. */
  onClose: (deleted: boolean) => void;
  /** Shows the company as it is now (the dialog is closed first). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const deleteMeeting = useDeleteMeeting();
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<{ text: string; conflict: boolean }>();
  const reloadButton = useRef<HTMLButtonElement>(null);
  // The delete button is disabled on a conflict: the keyboard goes on to what is left to do.
  useEffect(() => {
    if (error?.conflict) reloadButton.current?.focus();
  }, [error]);

  const remove = async () => {
    setDeleting(true);
    setError(undefined);
    try {
      await deleteMeeting(meeting, [companyId]);
      onClose(true);
    } catch (failure) {
      setError({ text: describeError(failure, t), conflict: hasErrorCode(failure, 'CONFLICT') });
      setDeleting(false);
    }
  };

  return (
    <Dialog title={t('meeting.deleteTitle', { meeting: meeting.label })} onClose={() => onClose(false)}>
      <p>{t('meeting.deleteText')}</p>
      {error && (
        <div role="alert" className="form-error">
          <p>{error.text}</p>
          {error.conflict && (
            <button ref={reloadButton} type="button" className="button" onClick={onReload}>
              {t('meeting.reload')}
            </button>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={() => onClose(false)}>
          {t('meeting.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={deleting || error?.conflict}
          onClick={() => void remove()}
        >
          {deleting ? t('meeting.deleting') : t('meeting.deleteConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
