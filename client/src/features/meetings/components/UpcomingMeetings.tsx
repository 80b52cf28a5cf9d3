import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../gql/gql';
import { describeError } from '../../../shared/apollo/describeError';
import { formatDate, formatTime } from '../../../shared/format/formatDate';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useUpcomingMeetings } from '../hooks/useUpcomingMeetings';
import '../meetings.css';

export const UpcomingMeetingFragment = graphql(`
  fragment UpcomingMeeting_meeting on Meeting {
    id
    kind
    startsAt
    prospects {
      id
      name
    }
    users {
      id
      name
    }
  }
`);

function UpcomingMeeting({ meeting }: { meeting: FragmentType<typeof UpcomingMeetingFragment> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: UpcomingMeetingFragment, from: meeting });
  if (!complete) return null;
  return (
    <li className="meeting-item">
      <div>
        <p>
          <strong>{t(`meeting.kinds.${data.kind}`)}</strong>{' '}
          {data.prospects.map((prospect, index) => (
            <span key={prospect.id}>
              {index > 0 ? ', ' : '· '}
              <Link to={`/companies/${prospect.id}`}>{prospect.name}</Link>
            </span>
          ))}
        </p>
        {data.users.length > 0 && <p className="muted">{data.users.map((u) => u.name).join(', ')}</p>}
      </div>
      <time dateTime={data.startsAt} className="nowrap">
        {formatDate(data.startsAt, language)} {formatTime(data.startsAt, language)}
      </time>
    </li>
  );
}

/** My meetings from now on, soonest first. */
export function UpcomingMeetings() {
  const { t } = useTranslation();
  const { meetings, error, retry } = useUpcomingMeetings();
  if (error && !meetings) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  if (!meetings) return <p role="status">{t('meeting.loadingUpcoming')}</p>;
  if (meetings.length === 0) return <p className="list-empty">{t('meeting.noUpcoming')}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((meeting) => (
        <UpcomingMeeting key={meeting.id} meeting={meeting} />
      ))}
    </ul>
  );
}
