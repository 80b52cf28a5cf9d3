import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { homePath } from '../../features/auth/access';
import { pageLoad } from '../../features/auth/authRequests';
import { LoginForm } from '../../features/auth/components/LoginForm';
import type { LoginPageState } from '../../features/auth/components/SessionExpiryRedirect';
import { safeNextPath } from '../../features/auth/safeNextPath';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LanguageSwitch } from '../LanguageSwitch';

export default function LoginPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const state = useLocation().state as LoginPageState | null;
  // Only a path on this site: a crafted link must not send the user elsewhere after login.
  const next = safeNextPath(searchParams.get('next'));

  return (
    <div className="login-page">
      <header className="login-header">
        <span className="app-name">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-main">
        <PageHeader title={t('login.title')} />
        {state?.sessionExpired && (
          <p role="status" className="notice">
            {t('session.expired')}
          </p>
        )}
        {/* A full page load: the app (and its cache) starts afresh for the user who signed in. */}
        <LoginForm onSignedIn={(user) => pageLoad.replace(next ?? homePath(user.role))} />
      </main>
    </div>
  );
}
