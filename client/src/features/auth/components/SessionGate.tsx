import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { describeError } from '../../../shared/apollo/describeError';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { ViewerContext } from '../hooks/useViewer';
import { useViewerQuery } from '../hooks/useViewerQuery';
import { loginPath } from '../nextPath';

/**
 * Asks who is signed in before anything else: nobody → the login page, which comes back here
 * (path and query string) afterwards; somebody → the routes behind, with the viewer in context.
 */
export function SessionGate() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer, error, retry } = useViewerQuery();

  if (error) {
    return (
      <main id="main" className="app-main">
        <ErrorNotice message={describeError(error, t)} onRetry={retry} />
      </main>
    );
  }
  if (viewer === undefined) return <p className="app-loading">{t('app.loading')}</p>;
  if (viewer === null) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return (
    <ViewerContext value={viewer}>
      <Outlet />
    </ViewerContext>
  );
}
