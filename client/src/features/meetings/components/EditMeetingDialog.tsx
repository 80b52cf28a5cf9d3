import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../shared/i18n/prospectTexts';
import { describeError } from '../../../shared/apollo/describeError';
import { Dialog } from '../../../shared/ui/Dialog';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { graphql } from '../../../gql/gql';
import type { EditMeeting_MeetingFragment } from '../../../gql/graphql';
import { useMeetingToEdit } from '../hooks/useMeetingToEdit';
import { useUpdateMeeting } from '../hooks/useUpdateMeeting';
import { draftFromMeeting } from '../meetingDraft';
import { MeetingForm } from './MeetingForm';
import '../meetings.css';

// What correcting a meeting starts from: everything the form shows, and the version.
export const EditMeetingFragment = graphql(`
  fragment EditMeeting_meeting on Meeting {
    id
    version
    kind
    startsAt
    minutes
    outcome
    nextStep
    followUpDate
    followUpDone
    prospects {
      id
      name
    }
    users {
      id
      name
    }
    contacts {
      id
      name
    }
  }
`);

type LoggedMeeting = EditMeeting_MeetingFragment;

/**
 * "Endre møte": the meeting form filled from the meeting as it is on the server now, its
 * companies fixed. Only the changed fields are sent, with the version the form started from.
 */
export default function EditMeetingDialog({
  meetingId,
  companyId,
  viewerId,
  onClose,
}: {
  meetingId: string;
  /** The company whose page it is opened from: its contact persons are the ones offered. */
  companyId: string;
  viewerId: string;
  /** `saved` when the changes were stored. */
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { meeting, error, retry, latest } = useMeetingToEdit(meetingId);
  const body = useRef<HTMLDivElement>(null);
  const loaded = Boolean(meeting);

  // The dialog focuses its first field on opening; the form comes when the meeting has arrived.
  useEffect(() => {
    if (loaded) body.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [loaded]);

  return (
    <Dialog title={t('meeting.editTitle')} onClose={() => onClose(false)} wide>
      <div ref={body}>
        {meeting ? (
          <EditMeetingForm meeting={meeting} companyId={companyId} viewerId={viewerId} latest={latest} onClose={onClose} />
        ) : error ? (
          <ErrorNotice message={describeError(error, t)} onRetry={retry} />
        ) : (
          <p role="status">{t('meeting.loadingMeeting')}</p>
        )}
      </div>
    </Dialog>
  );
}

function EditMeetingForm({
  meeting,
  companyId,
  viewerId,
  latest,
  onClose,
}: {
  meeting: LoggedMeeting;
  companyId: string;
  viewerId: string;
  latest: () => Promise<LoggedMeeting>;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const updateMeeting = useUpdateMeeting();
  const [start] = useState(() => draftFromMeeting(meeting));
  // The version the form's values came from, not whatever the cache holds later: a newer one
  // on the server is a CONFLICT.
  const version = useRef(meeting.version);
  return (
    <MeetingForm
      start={start}
      company={{ id: companyId, name: meeting.prospects.map((p) => p.name).join(', ') }}
      participants={{ users: meeting.users, contacts: meeting.contacts }}
      viewerId={viewerId}
      submitLabel={t('meeting.saveChanges')}
      onSubmit={async ({ changes }) => {
        if (Object.keys(changes).length > 0) await updateMeeting({ id: meeting.id, version: version.current, ...changes });
        onClose(Object.keys(changes).length > 0);
      }}
      onReload={async () => {
        const now = await latest();
        version.current = now.version;
        return draftFromMeeting(now);
      }}
      onCancel={() => onClose(false)}
    />
  );
}
