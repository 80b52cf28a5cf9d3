import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { homePath } from '../../features/auth/access';
import { LoginForm } from '../../features/auth/components/LoginForm';
import type { LoginPageState } from '../../features/auth/components/SessionExpiryRedirect';
import { useViewerQuery } from '../../features/auth/hooks/useViewerQuery';
import { safeNextPath } from '../../features/auth/safeNextPath';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LanguageSwitch } from '../LanguageSwitch';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const state = useLocation().state as LoginPageState | null;
  // Only a path on this site: a crafted link must not send the user elsewhere after login.
  const next = safeNextPath(searchParams.get('next'));
  // Already signed in (a bookmark, a second tab): go on at once. The form shows meanwhile.
  const { viewer } = useViewerQuery();
  if (viewer) return <Navigate to={next ?? homePath(viewer.role)} replace />;

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
        <LoginForm onSignedIn={(user) => navigate(next ?? homePath(user.role), { replace: true })} />
      </main>
    </div>
  );
}
