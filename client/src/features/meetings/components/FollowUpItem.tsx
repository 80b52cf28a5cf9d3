import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../gql/gql';
import { formatDate } from '../../../shared/format/formatDate';
import { useLanguage } from '../../../shared/i18n/useLanguage';

export const FollowUpItemFragment = graphql(`
  fragment FollowUpItem_meeting on Meeting {
    id
    version
    kind
    startsAt
    nextStep
    followUpDate
    followUpDone
    prospects {
      id
      name
    }
  }
`);

/** One open follow-up: the next step, for which company, by when, and "mark done". */
export function FollowUpItem({
  meeting,
  overdue,
  busy,
  onDone,
}: {
  meeting: FragmentType<typeof FollowUpItemFragment>;
  overdue: boolean;
  busy: boolean;
  onDone: (meeting: { id: string; version: number; label: string }) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: FollowUpItemFragment, from: meeting });
  if (!complete || data.followUpDone) return null;
  const companies = data.prospects.map((p) => p.name).join(', ');
  const label = data.nextStep ?? t('meeting.followUp');

  return (
    <li className={overdue ? 'meeting-item meeting-overdue' : 'meeting-item'}>
      <div>
        <p>
          <strong>{label}</strong>
        </p>
        <p>
          {data.prospects.map((prospect, index) => (
            <span key={prospect.id}>
              {index > 0 && ', '}
              <Link to={`/companies/${prospect.id}`}>{prospect.name}</Link>
            </span>
          ))}
        </p>
        <p className="muted">
          {t('meeting.dueOn', { date: data.followUpDate ? formatDate(data.followUpDate, language) : '' })} ·{' '}
          {t('meeting.after', { kind: t(`meeting.kinds.${data.kind}`), date: formatDate(data.startsAt, language) })}
        </p>
      </div>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => onDone({ id: data.id, version: data.version, label })}
        aria-label={t('meeting.markDoneFor', { label, companies })}
      >
        {t('meeting.markDone')}
      </button>
    </li>
  );
}
