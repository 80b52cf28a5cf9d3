import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, Route, Routes, useSearchParams } from 'react-router';
import { canReadPersonalData, canUseSettings, canWritePipeline, homePath } from '../features/auth/access';
import { RoleGate } from '../features/auth/components/RoleGate';
import { SessionExpiryRedirect } from '../features/auth/components/SessionExpiryRedirect';
import { SessionGate } from '../features/auth/components/SessionGate';
import { useViewer } from '../features/auth/hooks/useViewer';
import { useViewerQuery } from '../features/auth/hooks/useViewerQuery';
import { safeNextPath } from '../features/auth/safeNextPath';
import { AppLayout } from './AppLayout';
import { settingsParts, type SettingsPart } from './settingsParts';

// Each page is its own chunk, so the first visit loads only the page it lands on.
const LoginPage = lazy(() => import('./routes/LoginPage'));
const PipelinePage = lazy(() => import('./routes/PipelinePage'));
const CompaniesPage = lazy(() => import('./routes/CompaniesPage'));
const MeetingsPage = lazy(() => import('./routes/MeetingsPage'));
const NewCompanyPage = lazy(() => import('./routes/NewCompanyPage'));
const FindCompaniesPage = lazy(() => import('./routes/FindCompaniesPage'));
const ImportCompaniesPage = lazy(() => import('./routes/ImportCompaniesPage'));
const CompanyPage = lazy(() => import('./routes/CompanyPage'));
const StatisticsPage = lazy(() => import('./routes/StatisticsPage'));
const SettingsPage = lazy(() => import('./routes/SettingsPage'));
const NotFoundPage = lazy(() => import('./routes/NotFoundPage'));
const settingsPages: Record<SettingsPart, ComponentType> = {
  account: lazy(() => import('./routes/settings/AccountSettingsPage')),
  project: lazy(() => import('./routes/settings/ProjectSettingsPage')),
  'register-import': lazy(() => import('./routes/settings/RegisterImportSettingsPage')),
  privacy: lazy(() => import('./routes/settings/PrivacySettingsPage')),
  users: lazy(() => import('./routes/settings/UsersSettingsPage')),
  audit: lazy(() => import('./routes/settings/AuditLogSettingsPage')),
};

/** `/` opens the start page of the viewer's role. */
function Home() {
  return <Navigate to={homePath(useViewer().role)} replace />;
}

/** The login page; a signed-in user who lands on it (the back button, a second tab) goes on at once. */
function LoginRoute() {
  const { viewer } = useViewerQuery();
  const [searchParams] = useSearchParams();
  if (viewer) return <Navigate to={safeNextPath(searchParams.get('next')) ?? homePath(viewer.role)} replace />;
  return (
    <Suspense fallback={null}>
      <LoginPage />
    </Suspense>
  );
}

export function AppRoutes() {
  return (
    <>
      <SessionExpiryRedirect />
      <Routes>
        <Route path="login" element={<LoginRoute />} />
        <Route element={<SessionGate />}>
          <Route element={<AppLayout />}>
            <Route index element={<Home />} />
            <Route path="pipeline" element={<PipelinePage />} />
            <Route path="companies" element={<CompaniesPage />} />
            <Route
              path="companies/new"
              element={
                <RoleGate allow={canWritePipeline}>
                  <NewCompanyPage />
                </RoleGate>
              }
            />
            <Route
              path="companies/find"
              element={
                <RoleGate allow={canWritePipeline}>
                  <FindCompaniesPage />
                </RoleGate>
              }
            />
            <Route
              path="companies/import"
              element={
                <RoleGate allow={canWritePipeline}>
                  <ImportCompaniesPage />
                </RoleGate>
              }
            />
            <Route path="companies/:id" element={<CompanyPage />} />
            <Route
              path="meetings"
              element={
                <RoleGate allow={canReadPersonalData}>
                  <MeetingsPage />
                </RoleGate>
              }
            />
            <Route path="statistics/*" element={<StatisticsPage />} />
            <Route path="settings" element={<SettingsPage />}>
              <Route
                index
                element={
                  <RoleGate allow={canUseSettings} nested>
                    <Navigate to="account" replace />
                  </RoleGate>
                }
              />
              {settingsParts.map(({ path, allow }) => {
                const Page = settingsPages[path];
                return (
                  <Route
                    key={path}
                    path={path}
                    element={
                      <RoleGate allow={allow} nested>
                        <Page />
                      </RoleGate>
                    }
                  />
                );
              })}
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
