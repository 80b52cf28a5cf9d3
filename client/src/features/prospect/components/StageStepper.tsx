import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { StageStepper_StageFragment } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { useMoveProspect } from '../hooks/useMoveProspect';
import { CloseProspectDialog, type CloseOutcome } from './CloseProspectDialog';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

export const StageStepperProspectFragment = graphql(`
  fragment StageStepper_prospect on Prospect {
    id
    version
    stage {
      id
    }
    stageHistory {
      id
      from {
        id
        category
      }
      to {
        id
        category
      }
    }
  }
`);

export const StageStepperStageFragment = graphql(`
  fragment StageStepper_stage on Stage {
    id
    nameNb
    nameEn
    category
    position
  }
`);

type Stage = StageStepper_StageFragment;

/**
 * The stage a closed company goes back to: the open stage it was closed from, else the latest
 * open stage in its log, else the first open stage.
 */
function reopenStage(
  history: { from?: { id: string; category: string } | null; to: { id: string; category: string } }[],
  currentId: string,
  open: Stage[],
): Stage | undefined {
  const byId = new Map(open.map((stage) => [stage.id, stage]));
  const newestFirst = [...history].reverse();
  const closing = newestFirst.find((change) => change.to.id === currentId);
  const from = closing?.from && byId.get(closing.from.id);
  if (from) return from;
  const latestOpen = newestFirst.find((change) => byId.has(change.to.id));
  return (latestOpen && byId.get(latestOpen.to.id)) ?? open[0];
}

/**
 * The pipeline as steps, the company's stage marked: the team moves it with one click (WON asks
 * for realized jobs and new residents, LOST for a reason); a closed company can be reopened.
 * Read-only for the board.
 */
export function StageStepper({
  prospect,
  stages,
  readOnly,
  onConflict,
}: {
  prospect: FragmentType<typeof StageStepperProspectFragment>;
  stages: FragmentType<typeof StageStepperStageFragment>[];
  readOnly: boolean;
  /** Someone else changed the company: the page should show what is true now. */
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, complete } = useFragment({ fragment: StageStepperProspectFragment, from: prospect });
  const allStages = useStages(stages);
  const { move, moving } = useMoveProspect();
  const [closing, setClosing] = useState<Stage>();
  const [outcome, setOutcome] = useState<Outcome>();
  if (!complete) return null;

  const open = allStages.filter((stage) => stage.category === 'OPEN').sort((a, b) => a.position - b.position);
  const closed = allStages.filter((stage) => stage.category !== 'OPEN');
  const current = allStages.find((stage) => stage.id === data.stage.id);
  const isClosed = current?.category !== 'OPEN';
  const currentIndex = open.findIndex((stage) => stage.id === data.stage.id);

  /** Moves the company; a failure is thrown to the caller (the dialog shows it at its fields). */
  const moveTo = async (stage: Stage, closeOutcome: CloseOutcome = {}) => {
    try {
      await move({ id: data.id, version: data.version, stageId: stage.id, ...closeOutcome });
    } catch (error) {
      // Someone else changed the company: show what is true now, then the user can try again.
      if (hasErrorCode(error, 'CONFLICT')) onConflict();
      throw error;
    }
    setClosing(undefined);
    setOutcome({ text: t('prospect.stepper.moved', { stage: localizedName(stage, language) }), failed: false });
  };
  const moveNow = (stage: Stage) => {
    setOutcome(undefined);
    moveTo(stage).catch((error: unknown) => setOutcome({ text: describeError(error, t), failed: true }));
  };
  const choose = (stage: Stage) => {
    setOutcome(undefined);
    if (stage.category === 'OPEN') moveNow(stage);
    else setClosing(stage);
  };
  const reopenTo = isClosed ? reopenStage(data.stageHistory, data.stage.id, open) : undefined;

  const step = (stage: Stage, index: number | null) => {
    const isCurrent = stage.id === data.stage.id;
    const state = isCurrent ? 'current' : index !== null && !isClosed && index < currentIndex ? 'done' : 'todo';
    const name = localizedName(stage, language);
    return (
      <li
        key={stage.id}
        className={`step step-${state} step-${stage.category.toLowerCase()}`}
        aria-current={isCurrent ? 'step' : undefined}
      >
        {readOnly || isCurrent || (isClosed && stage.category === 'OPEN') ? (
          <span className="step-label">{name}</span>
        ) : (
          <button
            type="button"
            className="step-label"
            disabled={moving}
            onClick={() => choose(stage)}
            aria-label={t('prospect.stepper.moveTo', { stage: name })}
          >
            {name}
          </button>
        )}
      </li>
    );
  };

  return (
    <div className="stage-stepper">
      <ol className="steps" aria-label={t('prospect.stepper.open')}>
        {open.map((stage, index) => step(stage, index))}
      </ol>
      <ol className="steps steps-closed" aria-label={t('prospect.stepper.closed')}>
        {closed.map((stage) => step(stage, null))}
      </ol>
      {!readOnly && isClosed && reopenTo && (
        <button
          type="button"
          className="button"
          disabled={moving}
          onClick={() => moveNow(reopenTo)}
        >
          {t('prospect.stepper.reopen', { stage: localizedName(reopenTo, language) })}
        </button>
      )}
      <OutcomeMessage outcome={outcome} />
      {closing && (
        <CloseProspectDialog
          stage={closing}
          onCancel={() => setClosing(undefined)}
          onConfirm={(closeOutcome) => moveTo(closing, closeOutcome)}
        />
      )}
    </div>
  );
}

/** The stages, unmasked through their own fragment. */
function useStages(stages: FragmentType<typeof StageStepperStageFragment>[]): Stage[] {
  const { data, complete } = useFragment({ fragment: StageStepperStageFragment, from: stages });
  return complete ? (data as Stage[]) : [];
}
