import { useTranslation } from 'react-i18next';
import { Chip } from '../../../shared/ui/Chip';
import { TextField } from '../../../shared/ui/TextField';
import type { FocusAreaRecord } from '../hooks/useFocusAreaList';
import { useSaveFocusArea } from '../hooks/useSaveFocusArea';
import { useSetupForm } from '../hooks/useSetupForm';
import { NameFields, nameProblems } from './NameFields';
import { SetupDialog } from './SetupDialog';

// A blue none of the seeded areas has, so a new area stands apart until its colour is chosen.
const newAreaColor = '#1565c0';

const toDraft = (area: FocusAreaRecord | undefined) => ({
  nameNb: area?.nameNb ?? '',
  nameEn: area?.nameEn ?? '',
  color: area?.color ?? newAreaColor,
});

/** Adds a focus area, or edits `area`: its names and its colour, with a preview of the chip. */
export function FocusAreaDialog({
  area,
  onSaved,
  onReload,
  onClose,
}: {
  area?: FocusAreaRecord;
  onSaved: () => void;
  onReload: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useSetupForm({ record: area, toDraft, fields: ['nameNb', 'nameEn', 'color'], onReload });
  const { draft, change, problems } = form;
  const saveFocusArea = useSaveFocusArea();

  const submit = async () => {
    const missing = nameProblems(draft, t);
    if (Object.keys(missing).length > 0) return form.refuse(missing);
    const values = { nameNb: draft.nameNb.trim(), nameEn: draft.nameEn.trim(), color: draft.color };
    if (await form.save(() => saveFocusArea(values, area && { id: area.id, version: area.version }))) onSaved();
  };

  return (
    <SetupDialog
      title={area ? t('projectSetup.editLabel', { name: area.nameNb }) : t('projectSetup.focusAreas.newTitle')}
      {...form.dialog}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <NameFields names={draft} problems={problems} onChange={change} />
      <TextField
        label={t('projectSetup.focusAreas.fields.color')}
        hint={t('projectSetup.focusAreas.colorHint')}
        error={problems.color}
        type="color"
        value={draft.color}
        onChange={(color) => change({ color })}
      />
      <p>
        {t('projectSetup.focusAreas.preview')}{' '}
        <Chip label={draft.nameNb.trim() || t('projectSetup.focusAreas.newTitle')} color={draft.color} />
      </p>
    </SetupDialog>
  );
}
