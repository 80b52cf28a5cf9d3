import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

const sections = [
  { to: '/pipeline', label: 'nav.pipeline' },
  { to: '/companies', label: 'nav.companies' },
  { to: '/meetings', label: 'nav.meetings' },
  { to: '/statistics', label: 'nav.statistics' },
  { to: '/settings', label: 'nav.settings' },
] as const;

/** Header with the product name, the main navigation and the language switch; the page below. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="inline-list app-nav">
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink to={section.to}>{t(section.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Pages load as separate chunks; the wait is short, so no spinner flashes. */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
