import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../features/auth/hooks/useViewer';
import { FollowUps } from '../../features/meetings/components/FollowUps';
import { UpcomingMeetings } from '../../features/meetings/components/UpcomingMeetings';
import '../../shared/i18n/prospectTexts';
import { PageHeader } from '../../shared/ui/PageHeader';

const LogMeetingDialog = lazy(() => import('../../features/meetings/components/LogMeetingDialog'));

/** "Møter": my follow-ups (overdue first), my upcoming meetings, and my meetings as a calendar file. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [logging, setLogging] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeader title={t('nav.meetings')} />
      <p className="meeting-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setSaved(false);
            setLogging(true);
          }}
        >
          {t('meeting.open')}
        </button>
        <a href="/calendar/my-meetings.ics" download>
          {t('meeting.calendar')}
        </a>
      </p>
      <p className="field-hint">{t('meeting.calendarHint')}</p>
      <p role="status" className="form-status">
        {saved ? t('meeting.saved') : ''}
      </p>
      <section className="meeting-section" aria-labelledby="follow-ups-title">
        <h2 id="follow-ups-title">{t('meeting.followUpsTitle')}</h2>
        <FollowUps />
      </section>
      <section className="meeting-section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('meeting.upcomingTitle')}</h2>
        <UpcomingMeetings />
      </section>
      {logging && (
        <Suspense fallback={null}>
          <LogMeetingDialog
            viewerId={viewer.id}
            onClose={(done) => {
              setLogging(false);
              setSaved(done);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
