import { useTranslation } from 'react-i18next';
import { useEditing } from '../hooks/useEditing';
import { useStageList } from '../hooks/useStageList';
import { SetupSection } from './SetupSection';
import { StageDialog } from './StageDialog';
import { StageTable } from './StageTable';

/** The stages of the pipeline: their names, probability and "stale after"; there are no more or fewer of them. */
export function StageSettings() {
  const { t } = useTranslation();
  const { stages, error, reload } = useStageList();
  const editing = useEditing(stages);

  return (
    <SetupSection
      title={t('projectSetup.stages.title')}
      intro={t('projectSetup.stages.intro')}
      outcome={editing.outcome}
      loaded={stages !== undefined}
      error={error}
      onRetry={reload}
    >
      {stages && <StageTable stages={stages} onEdit={(stage) => editing.startEdit(stage.id)} />}
      {editing.record && (
        <StageDialog
          stage={editing.record}
          onSaved={() => editing.saved(t('projectSetup.stages.saved'))}
          onReload={reload}
          onClose={editing.close}
        />
      )}
    </SetupSection>
  );
}
