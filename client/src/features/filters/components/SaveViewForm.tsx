import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui/TextField';

/** Saves the current filter under a name; shared with the team or for oneself. */
export function SaveViewForm({
  canShare,
  saving,
  onSave,
}: {
  canShare: boolean;
  saving: boolean;
  onSave: (name: string, shared: boolean) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!name.trim());
    if (!name.trim()) return;
    if (await onSave(name, canShare && shared)) {
      setName('');
      setShared(false);
    }
  };

  return (
    <form className="save-view" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('views.saveTitle')}</h3>
      {missing && (
        <p role="alert" className="form-error">
          {t('views.nameMissing')}
        </p>
      )}
      <TextField label={t('views.name')} value={name} onChange={setName} autoComplete="off" maxLength={100} />
      {canShare && (
        <label className="save-view-shared">
          <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
          {t('views.shareWithTeam')}
        </label>
      )}
      <button type="submit" className="button button-primary button-small" disabled={saving}>
        {saving ? t('app.saving') : t('views.save')}
      </button>
    </form>
  );
}
