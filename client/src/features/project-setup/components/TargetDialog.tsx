import { useTranslation } from 'react-i18next';
import type { CreateTargetInput, MeetingKind, TargetMetric } from '../../../gql/graphql';
import { meetingKinds } from '../../../shared/domain/meetingKinds';
import { parseCount } from '../../../shared/format/parseCount';
import { Field } from '../../../shared/ui/Field';
import { TextField } from '../../../shared/ui/TextField';
import { useSaveTarget } from '../hooks/useSaveTarget';
import { useSetupForm } from '../hooks/useSetupForm';
import type { TargetRecord } from '../hooks/useTargetList';
import { targetMetrics } from '../targetMetrics';
import { SetupDialog } from './SetupDialog';

const toDraft = (target: TargetRecord | undefined) => ({
  metric: target?.metric ?? ('JOBS' as TargetMetric),
  // The programme plans network meetings: the likely kind for a new meetings target.
  meetingKind: target?.meetingKind ?? ('NETWORK_MEETING' as MeetingKind),
  value: target ? String(target.value) : '',
  perYear: target?.perYear ?? false,
  periodStart: target?.periodStart ?? '',
  periodEnd: target?.periodEnd ?? '',
});

/** Adds a target, or edits `target`: metric (and for meetings the kind), value, per year or for the period, and the period. */
export function TargetDialog({
  target,
  onSaved,
  onReload,
  onClose,
}: {
  target?: TargetRecord;
  onSaved: () => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useSetupForm({
    record: target,
    toDraft,
    fields: ['metric', 'meetingKind', 'value', 'perYear', 'periodStart', 'periodEnd'],
    onReload,
  });
  const { draft, change, problems } = form;
  const saveTarget = useSaveTarget();

  const submit = async () => {
    const value = parseCount(draft.value);
    const found: Partial<Record<string, string>> = {};
    if (value === null) found.value = t('projectSetup.targets.valueMissing');
    else if (Number.isNaN(value)) found.value = t('projectSetup.targets.valueInvalid');
    if (!draft.periodStart) found.periodStart = t('projectSetup.targets.dateMissing');
    if (!draft.periodEnd) found.periodEnd = t('projectSetup.targets.dateMissing');
    if (value === null || Object.keys(found).length > 0) return form.refuse(found);
    const values: CreateTargetInput = {
      metric: draft.metric,
      meetingKind: draft.metric === 'MEETINGS' ? draft.meetingKind : null,
      value,
      perYear: draft.perYear,
      periodStart: draft.periodStart,
      periodEnd: draft.periodEnd,
    };
    if (await form.save(() => saveTarget(values, target && { id: target.id, version: target.version }))) onSaved();
  };

  return (
    <SetupDialog
      title={target ? t('projectSetup.targets.editTitle') : t('projectSetup.targets.newTitle')}
      {...form.dialog}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <div className="form-row">
        <Field label={t('projectSetup.targets.fields.metric')} error={problems.metric}>
          {(control) => (
            <select
              {...control}
              value={draft.metric}
              onChange={(event) => change({ metric: event.target.value as TargetMetric })}
            >
              {targetMetrics.map((metric) => (
                <option key={metric} value={metric}>
                  {t(`projectSetup.targets.metrics.${metric}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.metric === 'MEETINGS' && (
          <Field label={t('projectSetup.targets.fields.meetingKind')} error={problems.meetingKind}>
            {(control) => (
              <select
                {...control}
                value={draft.meetingKind}
                onChange={(event) => change({ meetingKind: event.target.value as MeetingKind })}
              >
                {meetingKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`meeting.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="form-row">
        <TextField
          label={t('projectSetup.targets.fields.value')}
          error={problems.value}
          inputMode="numeric"
          autoComplete="off"
          value={draft.value}
          onChange={(value) => change({ value })}
        />
        <Field label={t('projectSetup.targets.fields.perYear')} error={problems.perYear}>
          {(control) => (
            <select
              {...control}
              value={draft.perYear ? 'year' : 'period'}
              onChange={(event) => change({ perYear: event.target.value === 'year' })}
            >
              <option value="period">{t('projectSetup.targets.forPeriod')}</option>
              <option value="year">{t('projectSetup.targets.perYear')}</option>
            </select>
          )}
        </Field>
      </div>
      <div className="form-row">
        <TextField
          label={t('projectSetup.targets.fields.periodStart')}
          error={problems.periodStart}
          type="date"
          value={draft.periodStart}
          onChange={(periodStart) => change({ periodStart })}
        />
        <TextField
          label={t('projectSetup.targets.fields.periodEnd')}
          hint={t('projectSetup.targets.periodEndHint')}
          error={problems.periodEnd}
          type="date"
          value={draft.periodEnd}
          onChange={(periodEnd) => change({ periodEnd })}
        />
      </div>
    </SetupDialog>
  );
}
