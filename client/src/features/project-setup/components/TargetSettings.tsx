import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { useEditing } from '../hooks/useEditing';
import { useRetireTarget } from '../hooks/useRetireTarget';
import { useTargetLabel } from '../hooks/useTargetLabel';
import { useTargetList, type TargetRecord } from '../hooks/useTargetList';
import { SetupSection } from './SetupSection';
import { TargetDialog } from './TargetDialog';
import { TargetTable } from './TargetTable';

/** The programme's targets in force (what the statistics measure against): add, edit, retire. */
export function TargetSettings() {
  const { t } = useTranslation();
  const { targets, error, reload } = useTargetList();
  const retireTarget = useRetireTarget();
  const { label } = useTargetLabel();
  const [busyId, setBusyId] = useState<string>();
  const editing = useEditing(targets, t('projectSetup.targets.gone'));
  const { setOutcome } = editing;

  const retire = async (target: TargetRecord) => {
    if (!window.confirm(t('projectSetup.targets.confirmRetire', { name: label(target) }))) return;
    setBusyId(target.id);
    setOutcome({ failed: false, text: t('app.saving') });
    try {
      await retireTarget(target);
      setOutcome({ failed: false, text: t('projectSetup.targets.retired', { name: label(target) }) });
    } catch (e) {
      setOutcome({ failed: true, text: describeError(e, t) });
      // Someone else changed it since the list was loaded: show what is true now.
      if (hasErrorCode(e, 'CONFLICT')) void reload().catch(() => undefined);
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <SetupSection
      title={t('projectSetup.targets.title')}
      intro={t('projectSetup.targets.intro')}
      addLabel={t('projectSetup.targets.add')}
      onAdd={editing.startNew}
      outcome={editing.outcome}
      loaded={targets !== undefined}
      error={error}
      onRetry={reload}
    >
      {targets && (
        <TargetTable
          targets={targets}
          busyId={busyId}
          onEdit={(target) => editing.startEdit(target.id)}
          onRetire={(target) => void retire(target)}
        />
      )}
      {editing.isOpen && (
        <TargetDialog
          target={editing.record}
          onSaved={() => editing.saved(t(editing.record ? 'projectSetup.targets.saved' : 'projectSetup.targets.created'))}
          onReload={reload}
          onClose={editing.close}
        />
      )}
    </SetupSection>
  );
}
