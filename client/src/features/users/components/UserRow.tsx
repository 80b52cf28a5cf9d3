import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql/gql';
import type { Role, UserRow_UserFragment } from '../../../gql/graphql';
import { RoleOptions } from './RoleOptions';

export const UserRowFragment = graphql(`
  fragment UserRow_user on User {
    id
    name
    email
    role
    active
    version
  }
`);

export type UserRowUser = UserRow_UserFragment;

export interface UserActions {
  onChangeRole: (user: UserRowUser, role: Role) => void;
  onSetActive: (user: UserRowUser, active: boolean) => void;
  onResetPassword: (user: UserRowUser) => void;
}

/**
 * One account: role to pick, active or not, a new password. The admin's own row can change
 * none of these here (the server refuses locking oneself out; own password: "Min konto").
 */
export function UserRow({
  user,
  isViewer,
  busy,
  actions,
}: {
  user: FragmentType<typeof UserRowFragment>;
  isViewer: boolean;
  busy: boolean;
  actions: UserActions;
}) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({ fragment: UserRowFragment, from: user });
  if (!complete) return null;
  const locked = busy || isViewer;

  return (
    <tr className={data.active ? undefined : 'row-inactive'} aria-busy={busy}>
      <th scope="row">
        {data.name}
        {isViewer && <span className="muted"> ({t('users.you')})</span>}
      </th>
      <td>{data.email}</td>
      <td>
        <select
          aria-label={t('users.roleFor', { name: data.name })}
          value={data.role}
          disabled={locked}
          onChange={(event) => actions.onChangeRole(data, event.target.value as Role)}
        >
          <RoleOptions />
        </select>
      </td>
      <td>{data.active ? t('users.active') : t('users.inactive')}</td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="button button-small"
            disabled={locked}
            aria-label={t(data.active ? 'users.deactivateUser' : 'users.reactivateUser', { name: data.name })}
            onClick={() => actions.onSetActive(data, !data.active)}
          >
            {data.active ? t('users.deactivate') : t('users.reactivate')}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={locked}
            aria-label={t('users.resetPasswordFor', { name: data.name })}
            onClick={() => actions.onResetPassword(data)}
          >
            {t('users.resetPassword')}
          </button>
        </div>
      </td>
    </tr>
  );
}
