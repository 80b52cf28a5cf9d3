import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../hooks/useViewer';

/** The signed-in user's name (a link to their own account) and role, for the header. */
export function ViewerSummary() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <p className="viewer-summary">
      <Link to="/settings/account" title={t('settings.account')}>
        {viewer.name}
      </Link>
      <span className="viewer-role">{t(`roles.${viewer.role}`)}</span>
    </p>
  );
}
