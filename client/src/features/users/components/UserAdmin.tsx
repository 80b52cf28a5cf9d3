import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { useResetUserPassword } from '../hooks/useResetUserPassword';
import { useUpdateUser } from '../hooks/useUpdateUser';
import { useUserList } from '../hooks/useUserList';
import { CreateUserForm } from './CreateUserForm';
import { TemporaryPassword } from './TemporaryPassword';
import type { UserRowUser } from './UserRow';
import { UserTable } from './UserTable';
import { OutcomeMessage, type Outcome } from '../../../shared/ui/OutcomeMessage';

/** The accounts of the team and the board: create, change role, deactivate, reset password. */
export function UserAdmin({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const { users, error, refetch } = useUserList();
  const updateUser = useUpdateUser();
  const resetPassword = useResetUserPassword();
  const [busyId, setBusyId] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [temporary, setTemporary] = useState<{ name: string; password: string }>();

  /** Runs one change on one user and says how it went. */
  const run = async (user: UserRowUser, change: () => Promise<string | undefined>) => {
    setBusyId(user.id);
    setOutcome(undefined);
    try {
      const done = await change();
      if (done) setOutcome({ text: done, failed: false });
    } catch (e) {
      setOutcome({ text: describeError(e, t), failed: true });
      // Someone else changed the user since the list was loaded: show what is true now.
      if (hasErrorCode(e, 'CONFLICT')) void refetch();
    } finally {
      setBusyId(undefined);
    }
  };

  const actions = {
    onChangeRole: (user: UserRowUser, role: Role) =>
      void run(user, async () => {
        await updateUser({ id: user.id, version: user.version, role });
        return t('users.roleChanged', { name: user.name, role: t(`roles.${role}`) });
      }),
    onSetActive: (user: UserRowUser, active: boolean) => {
      if (!active && !window.confirm(t('users.confirmDeactivate', { name: user.name }))) return;
      void run(user, async () => {
        await updateUser({ id: user.id, version: user.version, active });
        return t(active ? 'users.reactivated' : 'users.deactivated', { name: user.name });
      });
    },
    onResetPassword: (user: UserRowUser) => {
      if (!window.confirm(t('users.confirmReset', { name: user.name }))) return;
      void run(user, async () => {
        const password = await resetPassword(user.id);
        if (password) setTemporary({ name: user.name, password });
        return undefined;
      });
    },
  };

  return (
    <>
      <CreateUserForm
        onCreated={(name, password) => {
          setOutcome({ text: t('users.created', { name }), failed: false });
          setTemporary(password ? { name, password } : undefined);
        }}
      />
      {temporary && (
        <TemporaryPassword name={temporary.name} password={temporary.password} onDone={() => setTemporary(undefined)} />
      )}
      <h3>{t('users.listTitle')}</h3>
      <OutcomeMessage outcome={outcome} />
      {error && !users ? (
        <ErrorNotice message={describeError(error, t)} onRetry={() => void refetch()} />
      ) : users ? (
        <UserTable users={users} viewerId={viewerId} busyId={busyId} actions={actions} />
      ) : (
        <p role="status">{t('users.loading')}</p>
      )}
    </>
  );
}
