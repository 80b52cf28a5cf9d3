import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContactList } from '../../features/contacts/components/ContactList';
import { canReadPersonalData, canWritePipeline } from '../../features/auth/access';
import { useViewer } from '../../features/auth/hooks/useViewer';
import { ArchiveButton } from '../../features/prospect/components/ArchiveButton';
import { EditCompanyForm } from '../../features/prospect/components/EditCompanyForm';
import { ProspectHeader } from '../../features/prospect/components/ProspectHeader';
import { StageHistory } from '../../features/prospect/components/StageHistory';
import { StageStepper } from '../../features/prospect/components/StageStepper';
import { Timeline, type TimelineMeeting } from '../../features/prospect/components/Timeline';
import { DeleteMeetingDialog } from '../../features/meetings/components/DeleteMeetingDialog';
import { graphql } from '../../gql/gql';
import { describeError } from '../../shared/apollo/describeError';
import { hasErrorCode } from '../../shared/apollo/errorCode';
import '../../shared/i18n/prospectTexts';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { PageHeader } from '../../shared/ui/PageHeader';
import { OutcomeMessage, type Outcome } from '../../shared/ui/OutcomeMessage';

const LogMeetingDialog = lazy(() => import('../../features/meetings/components/LogMeetingDialog'));
const EditMeetingDialog = lazy(() => import('../../features/meetings/components/EditMeetingDialog'));

// One query for the page; each part declares its own fields. Contacts and the timeline are
// personal data (the server refuses them to the board), the edit form is for the team.
export const CompanyPageQuery = graphql(`
  query CompanyPage($id: ID!, $personal: Boolean!, $writer: Boolean!) {
    prospect(id: $id) {
      id
      name
      ...ProspectHeader_prospect
      ...StageStepper_prospect
      ...StageHistory_prospect
      ...ArchiveButton_prospect @include(if: $writer)
      ...EditCompany_prospect @include(if: $writer)
      ...ContactList_prospect @include(if: $personal)
      ...Timeline_prospect @include(if: $personal)
    }
    stages {
      id
      ...StageStepper_stage
    }
  }
`);

/**
 * A company: header, stage stepper, contact persons, timeline and stage history, with edit,
 * archive, "log meeting" and correcting or deleting a meeting for the team. The board sees the
 * header, the stage and its history.
 */
export default function CompanyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const personal = canReadPersonalData(viewer.role);
  const writer = canWritePipeline(viewer.role);
  const { data, error, refetch } = useQuery(CompanyPageQuery, { variables: { id, personal, writer } });
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [editingMeeting, setEditingMeeting] = useState<TimelineMeeting>();
  const [deletingMeeting, setDeletingMeeting] = useState<TimelineMeeting>();
  const [outcome, setOutcome] = useState<Outcome>();
  const editButton = useRef<HTMLButtonElement>(null);
  const timelineHeading = useRef<HTMLHeadingElement>(null);
  const reload = () => void refetch().catch(() => undefined);

  if (error && !data) {
    if (hasErrorCode(error, 'NOT_FOUND')) {
      return (
        <>
          <PageHeader title={t('prospect.notFound')} />
          <p>{describeError(error, t)}</p>
          <p>
            <Link to="/companies">{t('prospect.toCompanies')}</Link>
          </p>
        </>
      );
    }
    return <ErrorNotice message={describeError(error, t)} onRetry={reload} />;
  }
  if (!data) return <p role="status">{t('prospect.loading')}</p>;
  const prospect = data.prospect;

  const actions = writer && !editing && (
    <>
      <button
        ref={editButton}
        type="button"
        className="button"
        onClick={() => {
          setOutcome(undefined);
          setEditing(true);
        }}
      >
        {t('prospect.edit.open')}
      </button>
      {personal && (
        <button type="button" className="button button-primary" onClick={() => setLogging(true)}>
          {t('meeting.open')}
        </button>
      )}
      <ArchiveButton prospect={prospect} onOutcome={setOutcome} onConflict={reload} />
      {personal && (
        <a href={`/calendar/prospects/${encodeURIComponent(prospect.id)}.ics`} download>
          {t('prospect.calendar')}
        </a>
      )}
    </>
  );

  return (
    <div className="company-page">
      <ProspectHeader prospect={prospect} actions={actions || undefined} showFacts={!editing} />
      <OutcomeMessage outcome={outcome} />
      {editing && (
        <EditCompanyForm
          prospect={prospect}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setOutcome({ text: t('prospect.edit.saved'), failed: false });
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      )}

      <section className="prospect-section" aria-labelledby="stage-title">
        <h2 id="stage-title">{t('prospect.stepper.title')}</h2>
        <StageStepper prospect={prospect} stages={data.stages} readOnly={!writer} onConflict={reload} />
      </section>
      {personal && (
        <section className="prospect-section" aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('contacts.title')}</h2>
          <ContactList prospect={prospect} readOnly={!writer} />
        </section>
      )}
      {personal && (
        <section className="prospect-section" aria-labelledby="timeline-title">
          <h2 id="timeline-title" ref={timelineHeading} tabIndex={-1}>
            {t('prospect.timeline.title')}
          </h2>
          <Timeline
            prospect={prospect}
            onEditMeeting={writer ? setEditingMeeting : undefined}
            onDeleteMeeting={writer ? setDeletingMeeting : undefined}
          />
        </section>
      )}
      <section className="prospect-section" aria-labelledby="history-title">
        <h2 id="history-title">{t('prospect.history.title')}</h2>
        <StageHistory prospect={prospect} />
      </section>

      {logging && (
        <Suspense fallback={null}>
          <LogMeetingDialog
            company={{ id: prospect.id, name: prospect.name }}
            viewerId={viewer.id}
            onClose={(saved) => {
              setLogging(false);
              if (saved) setOutcome({ text: t('meeting.saved'), failed: false });
            }}
          />
        </Suspense>
      )}
      {editingMeeting && (
        <Suspense fallback={null}>
          <EditMeetingDialog
            meetingId={editingMeeting.id}
            companyId={prospect.id}
            viewerId={viewer.id}
            onClose={(saved) => {
              setEditingMeeting(undefined);
              if (saved) setOutcome({ text: t('meeting.changesSaved'), failed: false });
            }}
          />
        </Suspense>
      )}
      {deletingMeeting && (
        <DeleteMeetingDialog
          meeting={deletingMeeting}
          companyId={prospect.id}
          onClose={(deleted) => {
            setDeletingMeeting(undefined);
            if (!deleted) return;
            setOutcome({ text: t('meeting.deleted', { meeting: deletingMeeting.label }), failed: false });
            // Its buttons are gone with it: the keyboard goes on from the timeline.
            requestAnimationFrame(() => timelineHeading.current?.focus());
          }}
          onReload={() => {
            setDeletingMeeting(undefined);
            reload();
          }}
        />
      )}
    </div>
  );
}
