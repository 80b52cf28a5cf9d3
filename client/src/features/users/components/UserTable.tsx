import type { FragmentType } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { UserRow, type UserActions, type UserRowFragment } from './UserRow';

type User = FragmentType<typeof UserRowFragment> & { id: string };

/** All accounts, one row each, deactivated ones greyed. */
export function UserTable({
  users,
  viewerId,
  busyId,
  actions,
}: {
  users: User[];
  viewerId: string;
  busyId: string | undefined;
  actions: UserActions;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('users.tableLabel')} tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('users.columns.name')}</th>
            <th scope="col">{t('users.columns.email')}</th>
            <th scope="col">{t('users.columns.role')}</th>
            <th scope="col">{t('users.columns.status')}</th>
            <th scope="col">{t('users.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              isViewer={user.id === viewerId}
              busy={user.id === busyId}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
