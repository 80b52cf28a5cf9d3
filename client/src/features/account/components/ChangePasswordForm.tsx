import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { TextField } from '../../../shared/ui/TextField';
import { useChangePassword } from '../hooks/useChangePassword';

// The server's rule (user.inputs.ts), checked here too so the user hears it before sending.
const minPasswordLength = 10;

/** Current password, the new one twice; says plainly what is wrong or that it worked. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { changePassword, saving, error, reset } = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string>();
  const [changed, setChanged] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setChanged(false);
    const found = !current
      ? t('account.currentMissing')
      : next.length < minPasswordLength
        ? t('account.tooShort', { count: minPasswordLength })
        : next !== repeat
          ? t('account.mismatch')
          : undefined;
    setProblem(found);
    if (found) return;
    if (await changePassword(current, next)) {
      setCurrent('');
      setNext('');
      setRepeat('');
      setChanged(true);
    }
  };

  const message = problem ?? (error ? describeError(error, t) : undefined);
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('account.changePassword')}</h3>
      {/* Lets password managers tie the new password to the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <TextField
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
      />
      <TextField
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint', { count: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        value={next}
        onChange={setNext}
      />
      <TextField
        label={t('account.repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={setRepeat}
      />
      <button type="submit" className="button button-primary" disabled={saving}>
        {t('account.submit')}
      </button>
      <p role="status" className="form-status">
        {saving ? t('app.saving') : changed ? t('account.changed') : ''}
      </p>
    </form>
  );
}
