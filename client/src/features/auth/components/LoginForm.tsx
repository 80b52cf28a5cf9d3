import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/ui/TextField';
import { useLogin, type SignedIn } from '../hooks/useLogin';

/** E-mail and password; shows the server's answer (wrong credentials, locked after too many tries). */
export function LoginForm({ onSignedIn }: { onSignedIn: (user: SignedIn) => void }) {
  const { t } = useTranslation();
  const { signIn, signingIn, error } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = async () => {
    const incomplete = !email.trim() || !password;
    setMissing(incomplete);
    if (incomplete) return;
    const user = await signIn(email, password);
    if (user) onSignedIn(user);
  };

  const message = missing ? t('login.missing') : error;
  return (
    <form
      className="login-form"
      noValidate
      aria-busy={signingIn}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
      <TextField
        label={t('login.email')}
        name="username"
        type="email"
        autoComplete="username"
        required
        spellCheck={false}
        value={email}
        onChange={setEmail}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      <button type="submit" className="button button-primary" disabled={signingIn}>
        {t('login.submit')}
      </button>
      <span role="status" className="form-status">
        {signingIn ? t('login.signingIn') : ''}
      </span>
    </form>
  );
}
