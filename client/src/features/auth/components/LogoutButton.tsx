import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/apollo/describeError';
import { useLogout } from '../hooks/useLogout';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logOut, loggingOut, error } = useLogout();
  return (
    <>
      <button type="button" className="header-button" onClick={() => void logOut()} disabled={loggingOut}>
        {t('session.logout')}
      </button>
      {error !== undefined && (
        <p role="alert" className="header-error">
          {t('session.logoutFailed', { reason: describeError(error, t) })}
        </p>
      )}
    </>
  );
}
