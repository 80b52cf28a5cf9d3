import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useMarkFollowUpDone } from '../hooks/useMarkFollowUpDone';
import { useMyFollowUps } from '../hooks/useMyFollowUps';
import { FollowUpItem } from './FollowUpItem';
import '../meetings.css';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

const groups = ['overdue', 'thisWeek', 'later'] as const;

/** My open follow-ups: overdue first, then this week, then later; each can be marked done. */
export function FollowUps() {
  const { t } = useTranslation();
  const { followUps, error, retry } = useMyFollowUps();
  const markDone = useMarkFollowUpDone();
  const [busyId, setBusyId] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();

  if (error && !followUps) return <ErrorNotice message={describeError(error, t)} onRetry={retry} />;
  if (!followUps) return <p role="status">{t('meeting.loadingFollowUps')}</p>;

  const done = async ({ id, version, label }: { id: string; version: number; label: string }) => {
    setBusyId(id);
    setOutcome(undefined);
    try {
      await markDone(id, version);
      setOutcome({ text: t('meeting.markedDone', { label }), failed: false });
    } catch (failure) {
      setOutcome({ text: describeError(failure, t), failed: true });
      // Changed by someone else meanwhile: show the list as it is now.
      if (hasErrorCode(failure, 'CONFLICT')) retry();
    } finally {
      setBusyId(undefined);
    }
  };

  const empty = groups.every((group) => followUps[group].length === 0);
  return (
    <>
      <OutcomeMessage outcome={outcome} />
      <div className="meeting-groups">
        {empty && <p className="list-empty">{t('meeting.noFollowUps')}</p>}
        {groups.map((group) =>
          followUps[group].length === 0 ? null : (
            <section key={group} className="meeting-group" aria-labelledby={`follow-ups-${group}`}>
              <h3 id={`follow-ups-${group}`}>
                {t(`meeting.groups.${group}`)} ({followUps[group].length})
              </h3>
              <ul className="meeting-list">
                {followUps[group].map((meeting) => (
                  <FollowUpItem
                    key={meeting.id}
                    meeting={meeting}
                    overdue={group === 'overdue'}
                    busy={busyId === meeting.id}
                    onDone={(m) => void done(m)}
                  />
                ))}
              </ul>
            </section>
          ),
        )}
      </div>
    </>
  );
}
