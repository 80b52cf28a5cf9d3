import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';

/** The roles, most rights first. */
const roles: readonly Role[] = ['ADMIN', 'LEADER', 'MEMBER', 'BOARD'];

/** The roles as the options of a select, by their names in the UI language. */
export function RoleOptions() {
  const { t } = useTranslation();
  return roles.map((role) => (
    <option key={role} value={role}>
      {t(`roles.${role}`)}
    </option>
  ));
}
