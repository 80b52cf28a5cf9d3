import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCount } from '../../../shared/format/parseCount';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { Dialog } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/TextField';
import type { ColumnStage } from './PipelineColumn';

export type StageOutcome = { realizedJobs: number; newResidents: number } | { lostReason: string };

/** A whole number ≥ 0 as people type it; here it is required (0 is allowed, empty is not). */
function requiredCount(text: string): number | undefined {
  const count = parseCount(text);
  return count === null || Number.isNaN(count) ? undefined : count;
}

/**
 * Asked before a card lands on Etablert (WON) or Avsluttet (LOST): the jobs and residents the
 * establishment brought, or why it ended. Cancel leaves the card where it was.
 */
export function StageOutcomeDialog({
  name,
  stage,
  onConfirm,
  onCancel,
}: {
  name: string;
  stage: ColumnStage;
  onConfirm: (outcome: StageOutcome) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const won = stage.category === 'WON';
  const stageName = localizedName(stage, language);
  const [jobs, setJobs] = useState('');
  const [residents, setResidents] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (won) {
      const realizedJobs = requiredCount(jobs);
      const newResidents = requiredCount(residents);
      if (realizedJobs === undefined || newResidents === undefined) return setProblem(t('board.outcome.countsMissing'));
      onConfirm({ realizedJobs, newResidents });
    } else {
      if (!reason.trim()) return setProblem(t('board.outcome.reasonMissing'));
      onConfirm({ lostReason: reason.trim() });
    }
  };

  return (
    <Dialog title={t(won ? 'board.outcome.wonTitle' : 'board.outcome.lostTitle', { name, stage: stageName })} onClose={onCancel}>
      <form noValidate onSubmit={submit}>
        <p>{t(won ? 'board.outcome.wonText' : 'board.outcome.lostText')}</p>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        {won ? (
          <div className="form-row">
            <TextField label={t('board.outcome.realizedJobs')} inputMode="numeric" value={jobs} onChange={setJobs} />
            <TextField label={t('board.outcome.newResidents')} inputMode="numeric" value={residents} onChange={setResidents} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('board.outcome.lostReason')}</label>
            <textarea id={`${id}-reason`} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
          </div>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary">
            {t('board.outcome.confirm', { stage: stageName })}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('board.outcome.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
