import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import { formatDate, formatTime } from '../../../shared/format/formatDate';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Badge } from '../../../shared/ui/Badge';
import { describeEdit } from '../describeEdit';

export const TimelineFragment = graphql(`
  fragment Timeline_prospect on Prospect {
    id
    timeline {
      __typename
      ... on MeetingEvent {
        at
        meeting {
          id
          version
          kind
          startsAt
          minutes
          outcome
          nextStep
          followUpDate
          followUpDone
          users {
            id
            name
          }
          contacts {
            id
            name
          }
        }
      }
      ... on StageChangeEvent {
        at
        from {
          id
          nameNb
          nameEn
        }
        to {
          id
          nameNb
          nameEn
        }
        by {
          id
          name
        }
      }
      ... on EditEvent {
        at
        action
        entity
        diff
        by {
          id
          name
        }
      }
    }
  }
`);

/** A meeting in the timeline, as "Endre" and "Slett" hand it on. */
export interface TimelineMeeting {
  id: string;
  version: number;
  /** Its kind and date, e.g. "Dialogmøte 11.10.2026": what the buttons' names and the dialogs say. */
  label: string;
}

/**
 * Meetings, stage changes and edits of the company, newest first (as the server orders them).
 * Each meeting can be changed or deleted when the handlers are given (to those who may write).
 */
export function Timeline({
  prospect,
  onEditMeeting,
  onDeleteMeeting,
}: {
  prospect: FragmentType<typeof TimelineFragment>;
  onEditMeeting?: (meeting: TimelineMeeting) => void;
  onDeleteMeeting?: (meeting: TimelineMeeting) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: TimelineFragment, from: prospect });
  if (!complete) return null;
  if (data.timeline.length === 0) return <p className="list-empty">{t('prospect.timeline.empty')}</p>;

  const when = (at: string) => (
    <time className="timeline-when" dateTime={at}>
      {formatDate(at, language)} {formatTime(at, language)}
    </time>
  );
  const by = (user: { name: string } | null | undefined) =>
    user ? <span className="muted"> · {t('prospect.timeline.by', { name: user.name })}</span> : null;

  return (
    <ol className="timeline">
      {data.timeline.map((event, index) => {
        switch (event.__typename) {
          case 'MeetingEvent': {
            const { meeting } = event;
            const people = [...meeting.users.map((u) => u.name), ...meeting.contacts.map((c) => c.name)];
            const handle: TimelineMeeting = {
              id: meeting.id,
              version: meeting.version,
              label: `${t(`meeting.kinds.${meeting.kind}`)} ${formatDate(meeting.startsAt, language)}`,
            };
            return (
              <li key={`m-${meeting.id}`} className="timeline-item timeline-meeting">
                {when(meeting.startsAt)}
                <h3>{t(`meeting.kinds.${meeting.kind}`)}</h3>
                {people.length > 0 && (
                  <p className="muted">{t('prospect.timeline.participants', { names: people.join(', ') })}</p>
                )}
                <dl className="timeline-details">
                  {meeting.minutes && (
                    <div>
                      <dt>{t('meeting.fields.minutes')}</dt>
                      <dd className="preserve-lines">{meeting.minutes}</dd>
                    </div>
                  )}
                  {meeting.outcome && (
                    <div>
                      <dt>{t('meeting.fields.outcome')}</dt>
                      <dd className="preserve-lines">{meeting.outcome}</dd>
                    </div>
                  )}
                  {meeting.nextStep && (
                    <div>
                      <dt>{t('meeting.fields.nextStep')}</dt>
                      <dd>{meeting.nextStep}</dd>
                    </div>
                  )}
                  {meeting.followUpDate && (
                    <div>
                      <dt>{t('meeting.fields.followUpDate')}</dt>
                      <dd>
                        {formatDate(meeting.followUpDate, language)}
                        {/* The badge is the dd's first element (the date is text), so it has no margin of its own. */}
                        {meeting.followUpDone && <> <Badge tone="done">{t('meeting.followUpDone')}</Badge></>}
                      </dd>
                    </div>
                  )}
                </dl>
                {(onEditMeeting || onDeleteMeeting) && (
                  <div className="row-actions">
                    {onEditMeeting && (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('meeting.editFor', { meeting: handle.label })}
                        onClick={() => onEditMeeting(handle)}
                      >
                        {t('meeting.edit')}
                      </button>
                    )}
                    {onDeleteMeeting && (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={t('meeting.deleteFor', { meeting: handle.label })}
                        onClick={() => onDeleteMeeting(handle)}
                      >
                        {t('meeting.delete')}
                      </button>
                    )}
                  </div>
                )}
              </li>
            );
          }
          case 'StageChangeEvent':
            return (
              <li key={`s-${event.at}-${index}`} className="timeline-item timeline-stage">
                {when(event.at)}
                <p>
                  {event.from
                    ? t('prospect.timeline.moved', {
                        from: localizedName(event.from, language),
                        to: localizedName(event.to, language),
                      })
                    : t('prospect.timeline.startedIn', { to: localizedName(event.to, language) })}
                  {by(event.by)}
                </p>
              </li>
            );
          case 'EditEvent':
            return (
              <li key={`e-${event.at}-${index}`} className="timeline-item timeline-edit">
                {when(event.at)}
                <p>
                  {describeEdit(event, t, language)}
                  {by(event.by)}
                </p>
              </li>
            );
          default:
            return null;
        }
      })}
    </ol>
  );
}
