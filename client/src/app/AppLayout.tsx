import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { anyRole, canReadPersonalData, canUseSettings } from '../features/auth/access';
import { LogoutButton } from '../features/auth/components/LogoutButton';
import { ViewerSummary } from '../features/auth/components/ViewerSummary';
import { useViewer } from '../features/auth/hooks/useViewer';
import { LanguageSwitch } from './LanguageSwitch';

// Keyboard shortcuts load after the page, outside the first load.
const ShortcutKeys = lazy(() => import('./ShortcutKeys'));

const sections = [
  { to: '/pipeline', label: 'nav.pipeline', allow: anyRole },
  { to: '/companies', label: 'nav.companies', allow: anyRole },
  { to: '/meetings', label: 'nav.meetings', allow: canReadPersonalData },
  { to: '/statistics', label: 'nav.statistics', allow: anyRole },
  { to: '/settings', label: 'nav.settings', allow: canUseSettings },
] as const;

/** Header with the product name, the sections the viewer's role may open, who is signed in; the page below. */
export function AppLayout() {
  const { t } = useTranslation();
  const { role } = useViewer();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="inline-list app-nav">
            {sections
              .filter((section) => section.allow(role))
              .map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to}>{t(section.label)}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <ViewerSummary />
        <LanguageSwitch />
        <LogoutButton />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Pages load as separate chunks; the wait is short, so no spinner flashes. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <Suspense fallback={null}>
        <ShortcutKeys />
      </Suspense>
    </>
  );
}
