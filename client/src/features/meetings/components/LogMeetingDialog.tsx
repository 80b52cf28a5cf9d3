import { useTranslation } from 'react-i18next';
import '../../../shared/i18n/prospectTexts';
import { Dialog } from '../../../shared/ui/Dialog';
import type { PickedCompany } from './CompanyPicker';
import { MeetingForm } from './MeetingForm';
import '../meetings.css';

/**
 * "Logg møte" as a dialog: from a company page (the company given) or from anywhere with the
 * `m` key (the company asked for first). Escape closes it and the focus goes back.
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
  return (
    <Dialog title={company ? t('meeting.titleFor', { name: company.name }) : t('meeting.title')} onClose={() => onClose(false)} wide>
      <MeetingForm
        company={company}
        initialCompanyId={initialCompanyId}
        viewerId={viewerId}
        onSaved={() => onClose(true)}
        onCancel={() => onClose(false)}
      />
    </Dialog>
  );
}
