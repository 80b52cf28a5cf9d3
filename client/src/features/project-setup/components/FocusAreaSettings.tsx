import { useTranslation } from 'react-i18next';
import { useEditing } from '../hooks/useEditing';
import { useFocusAreaList } from '../hooks/useFocusAreaList';
import { FocusAreaDialog } from './FocusAreaDialog';
import { FocusAreaTable } from './FocusAreaTable';
import { SetupSection } from './SetupSection';

/** The focus areas companies are tagged with: add one, or rename and recolour it. */
export function FocusAreaSettings() {
  const { t } = useTranslation();
  const { focusAreas, error, reload } = useFocusAreaList();
  const editing = useEditing(focusAreas);

  return (
    <SetupSection
      title={t('projectSetup.focusAreas.title')}
      intro={t('projectSetup.focusAreas.intro')}
      addLabel={t('projectSetup.focusAreas.add')}
      onAdd={editing.startNew}
      outcome={editing.outcome}
      loaded={focusAreas !== undefined}
      error={error}
      onRetry={reload}
    >
      {focusAreas && (
        <FocusAreaTable
          focusAreas={focusAreas}
          onEdit={(area) => editing.startEdit(area.id)}
        />
      )}
      {editing.isOpen && (
        <FocusAreaDialog
          area={editing.record}
          onSaved={() => editing.saved(t(editing.record ? 'projectSetup.focusAreas.saved' : 'projectSetup.focusAreas.created'))}
          onReload={reload}
          onClose={editing.close}
        />
      )}
    </SetupSection>
  );
}
