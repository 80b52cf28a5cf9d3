import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { TextField } from '../../../shared/ui/TextField';
import { useCreateUser } from '../hooks/useCreateUser';
import { RoleOptions } from './RoleOptions';

// The server's rule for a password (user.inputs.ts).
const minPasswordLength = 10;

/** Name, e-mail, role and an optional password; without one the server makes a temporary one. */
export function CreateUserForm({ onCreated }: { onCreated: (name: string, temporaryPassword: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { createUser, creating, error, reset } = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const found = !name.trim() || !email.trim()
      ? t('users.create.missing')
      : password && password.length < minPasswordLength
        ? t('account.tooShort', { count: minPasswordLength })
        : undefined;
    setProblem(found);
    if (found) return;
    const created = await createUser({ name: name.trim(), email: email.trim(), role, password: password || null });
    if (!created) return;
    setName('');
    setEmail('');
    setRole('MEMBER');
    setPassword('');
    onCreated(created.name, created.temporaryPassword ?? null);
  };

  const message = problem ?? (error ? describeError(error, t) : undefined);
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('users.create.title')}</h3>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <div className="form-row">
        <TextField label={t('users.create.name')} autoComplete="off" value={name} onChange={setName} />
        <TextField
          label={t('users.create.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
        />
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('users.create.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
            <RoleOptions />
          </select>
        </div>
      </div>
      <TextField
        label={t('users.create.password')}
        hint={t('users.create.passwordHint', { count: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="button button-primary" disabled={creating}>
        {t('users.create.submit')}
      </button>
    </form>
  );
}
