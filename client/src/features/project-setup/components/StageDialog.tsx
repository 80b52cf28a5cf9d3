import { useTranslation } from 'react-i18next';
import { parseCount } from '../../../shared/format/parseCount';
import { TextField } from '../../../shared/ui/TextField';
import { useSetupForm } from '../hooks/useSetupForm';
import type { StageRecord } from '../hooks/useStageList';
import { useUpdateStage } from '../hooks/useUpdateStage';
import { NameFields, nameProblems } from './NameFields';
import { SetupDialog } from './SetupDialog';

const toDraft = (stage: StageRecord | undefined) => ({
  nameNb: stage?.nameNb ?? '',
  nameEn: stage?.nameEn ?? '',
  // The API gives the probability as 0–1 and takes it back in whole percent.
  probabilityPercent: stage ? String(Math.round(stage.probability * 100)) : '',
  staleAfterDays: stage?.staleAfterDays != null ? String(stage.staleAfterDays) : '',
});

/** Edits a stage's names, probability and "stale after" limit; its key, category and place are fixed. */
export function StageDialog({
  stage,
  onSaved,
  onReload,
  onClose,
}: {
  stage: StageRecord;
  onSaved: () => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useSetupForm({
    record: stage,
    toDraft,
    fields: ['nameNb', 'nameEn', 'probabilityPercent', 'staleAfterDays'],
    onReload,
  });
  const { draft, change, problems } = form;
  const updateStage = useUpdateStage();

  const submit = async () => {
    const probabilityPercent = parseCount(draft.probabilityPercent);
    // Empty (null): never stale.
    const staleAfterDays = parseCount(draft.staleAfterDays);
    const found: Partial<Record<string, string>> = nameProblems(draft, t);
    if (probabilityPercent === null || Number.isNaN(probabilityPercent)) {
      found.probabilityPercent = t('projectSetup.stages.percentInvalid');
    }
    if (Number.isNaN(staleAfterDays)) found.staleAfterDays = t('projectSetup.stages.daysInvalid');
    if (probabilityPercent === null || Object.keys(found).length > 0) return form.refuse(found);
    const input = {
      id: stage.id,
      version: stage.version,
      nameNb: draft.nameNb.trim(),
      nameEn: draft.nameEn.trim(),
      probabilityPercent,
      staleAfterDays,
    };
    if (await form.save(() => updateStage(input, staleAfterDays !== (stage.staleAfterDays ?? null)))) onSaved();
  };

  return (
    <SetupDialog
      title={t('projectSetup.editLabel', { name: stage.nameNb })}
      {...form.dialog}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <p className="field-hint">{t('projectSetup.stages.fixed', { key: stage.key })}</p>
      <NameFields names={draft} problems={problems} onChange={change} />
      <div className="form-row">
        <TextField
          label={t('projectSetup.stages.fields.probability')}
          hint={t('projectSetup.stages.probabilityHint')}
          error={problems.probabilityPercent}
          inputMode="numeric"
          autoComplete="off"
          value={draft.probabilityPercent}
          onChange={(probabilityPercent) => change({ probabilityPercent })}
        />
        <TextField
          label={t('projectSetup.stages.fields.staleAfterDays')}
          hint={t('projectSetup.stages.staleHint')}
          error={problems.staleAfterDays}
          inputMode="numeric"
          autoComplete="off"
          value={draft.staleAfterDays}
          onChange={(staleAfterDays) => change({ staleAfterDays })}
        />
      </div>
    </SetupDialog>
  );
}
