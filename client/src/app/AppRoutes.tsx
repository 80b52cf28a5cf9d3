import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';

// Each page is its own chunk, so the first visit loads only the page it lands on.
const PipelinePage = lazy(() => import('./routes/PipelinePage'));
const CompaniesPage = lazy(() => import('./routes/CompaniesPage'));
const MeetingsPage = lazy(() => import('./routes/MeetingsPage'));
const StatisticsPage = lazy(() => import('./routes/StatisticsPage'));
const SettingsPage = lazy(() => import('./routes/SettingsPage'));
const NotFoundPage = lazy(() => import('./routes/NotFoundPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/pipeline" replace />} />
        <Route path="pipeline" element={<PipelinePage />} />
        <Route path="companies" element={<CompaniesPage />} />
        <Route path="meetings" element={<MeetingsPage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
