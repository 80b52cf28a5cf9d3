import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useViewer } from '../../features/auth/hooks/useViewer';
import { PageHeader } from '../../shared/ui/PageHeader';
import { settingsParts } from '../settingsParts';

/** The settings: links to the parts the viewer's role may open, and the chosen part below. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const { role } = useViewer();
  return (
    <>
      <PageHeader title={t('nav.settings')} />
      <nav aria-label={t('settings.navigation')} className="sub-nav">
        <ul className="inline-list">
          {settingsParts
            .filter((part) => part.allow(role))
            .map((part) => (
              <li key={part.path}>
                <NavLink to={`/settings/${part.path}`}>{t(part.label)}</NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <Suspense fallback={null}>
        <Outlet />
      </Suspense>
    </>
  );
}
