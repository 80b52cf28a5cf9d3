import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../../shared/i18n/prospectTexts';
import { newIdempotencyKey } from '../../../shared/apollo/newIdempotencyKey';
import { Dialog } from '../../../shared/ui/Dialog';
import { useCreateMeeting } from '../hooks/useCreateMeeting';
import { newMeetingDraft } from '../meetingDraft';
import type { PickedCompany } from './CompanyPicker';
import { MeetingForm } from './MeetingForm';
import '../meetings.css';

/**
 * "Logg møte" as a dialog: from a company page (the company given) or from anywhere with the
 * `m` key (the company asked for first). It starts now, Norwegian time, with the one logging
 * taking part; one idempotency key per dialog. Escape closes it and the focus goes back.
 */
export default function LogMeetingDialog({
  company,
  initialCompanyId,
  viewerId,
  onClose,
}: {
  /** The company the meeting concerns (fixed). */
  company?: PickedCompany;
  /** A company filled in that the user may change; without either, the form asks for one. */
  initialCompanyId?: string;
  viewerId: string;
  /** `saved` when a meeting was logged. */
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [start] = useState(() => newMeetingDraft(viewerId));
  const [idempotencyKey] = useState(newIdempotencyKey);
  const createMeeting = useCreateMeeting();
  return (
    <Dialog title={company ? t('meeting.titleFor', { name: company.name }) : t('meeting.title')} onClose={() => onClose(false)} wide>
      <MeetingForm
        start={start}
        company={company}
        initialCompanyId={initialCompanyId}
        viewerId={viewerId}
        submitLabel={t('meeting.submit')}
        onSubmit={async ({ company: picked, values }) => {
          await createMeeting({ ...values, prospectIds: [picked.id] }, idempotencyKey);
          onClose(true);
        }}
        onCancel={() => onClose(false)}
      />
    </Dialog>
  );
}
