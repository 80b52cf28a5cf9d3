import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateUserMutation } from '../../../features/users/hooks/useCreateUser';
import { ResetUserPasswordMutation } from '../../../features/users/hooks/useResetUserPassword';
import { UpdateUserMutation } from '../../../features/users/hooks/useUpdateUser';
import { UserListQuery } from '../../../features/users/hooks/useUserList';
import type { Role } from '../../../gql/graphql';
import { renderApp, viewers } from '../../../test/renderApp';

const user = (id: string, name: string, role: Role, fields: { active?: boolean; version?: number } = {}) => ({
  __typename: 'User' as const,
  id,
  name,
  email: `${id}@magnet.example`,
  role,
  active: fields.active ?? true,
  version: fields.version ?? 1,
});

const admin = { ...viewers.ADMIN };
const kari = user('kari', 'Kari Nordmann', 'MEMBER', { version: 3 });
const ola = user('ola', 'Ola Styre', 'BOARD', { active: false });

const listMock = (users: object[]): MockLink.MockedResponse => ({
  request: { query: UserListQuery },
  result: { data: { users } },
});

const updateMock = (input: object, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: UpdateUserMutation, variables: { input } },
  result,
});

const refused = (code: string, message: string) => ({ errors: [{ message, path: ['x'], extensions: { code } }] });

async function openUsers(mocks: MockLink.MockedResponse[]) {
  const rendered = renderApp('/settings/users', { mocks });
  await screen.findByRole('rowheader', { name: /Kari Nordmann/ });
  return rendered;
}

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;
const cells = (name: string) => within(row(name)).getAllByRole('cell').map((cell) => cell.textContent);
const roleSelect = (name: string) => screen.getByRole('combobox', { name: `Rolle for ${name}` }) as HTMLSelectElement;

function fillNewUser(fields: { name: string; email: string; role?: Role; password?: string }) {
  const form = screen.getByRole('form', { name: 'Ny bruker' });
  fireEvent.change(within(form).getByLabelText('Navn'), { target: { value: fields.name } });
  fireEvent.change(within(form).getByLabelText('E-post'), { target: { value: fields.email } });
  if (fields.role) fireEvent.change(within(form).getByLabelText('Rolle'), { target: { value: fields.role } });
  if (fields.password) fireEvent.change(within(form).getByLabelText('Passord (valgfritt)'), { target: { value: fields.password } });
  fireEvent.click(within(form).getByRole('button', { name: 'Opprett bruker' }));
}

/** The browser's own yes/no question (happy-dom has none), answered `answer`. */
function stubConfirm(answer: boolean) {
  const confirm = vi.fn(() => answer);
  vi.stubGlobal('confirm', confirm);
  return confirm;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UsersSettingsPage', () => {
  it('lists every account, deactivated ones too, and locks the admin out of changing their own', async () => {
    await openUsers([listMock([admin, kari, ola])]);

    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Navn',
      'E-post',
      'Rolle',
      'Status',
      'Handlinger',
    ]);
    expect(cells('Kari Nordmann').slice(0, 1)).toEqual(['kari@magnet.example']);
    expect(roleSelect('Kari Nordmann').value).toBe('MEMBER');
    expect(cells('Kari Nordmann')[2]).toBe('Aktiv');
    expect(cells('Ola Styre')[2]).toBe('Deaktivert');
    expect(screen.getByRole('button', { name: 'Aktiver Ola Styre igjen' })).toBeTruthy();

    expect(screen.getByRole('rowheader', { name: 'Ada Admin (deg)' })).toBeTruthy();
    expect(roleSelect('Ada Admin').disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Deaktiver Ada Admin' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Nytt passord for Ada Admin' }).hasAttribute('disabled')).toBe(true);
  });

  it('creates a user and shows the temporary password once, with a copy button', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { cache } = await openUsers([
      listMock([admin, kari]),
      {
        request: {
          query: CreateUserMutation,
          variables: { input: { name: 'Per Hansen', email: 'per@magnet.example', role: 'LEADER', password: null } },
        },
        result: {
          data: {
            createUser: {
              __typename: 'UserWithPassword',
              temporaryPassword: 'Tmp-Passord-123',
              user: { __typename: 'User', id: 'per', name: 'Per Hansen' },
            },
          },
        },
      },
      listMock([admin, kari, user('per', 'Per Hansen', 'LEADER')]),
    ]);

    fillNewUser({ name: ' Per Hansen ', email: 'per@magnet.example', role: 'LEADER' });

    const panel = await screen.findByRole('region', { name: 'Midlertidig passord for Per Hansen' });
    expect((within(panel).getByLabelText('Midlertidig passord') as HTMLInputElement).value).toBe('Tmp-Passord-123');
    expect(panel.textContent).toContain('Det vises bare nå.');
    expect(panel.textContent).toContain('Innstillinger → Min konto');
    expect(screen.getByText('Per Hansen er opprettet.')).toBeTruthy();
    // The list is fetched again, so the new user shows in its place.
    expect(await screen.findByRole('rowheader', { name: 'Per Hansen' })).toBeTruthy();
    // The form is empty for the next one.
    expect((within(screen.getByRole('form', { name: 'Ny bruker' })).getByLabelText('Navn') as HTMLInputElement).value).toBe('');

    fireEvent.click(within(panel).getByRole('button', { name: 'Kopier' }));
    expect(await within(panel).findByText('Passordet er kopiert.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('Tmp-Passord-123');

    fireEvent.click(within(panel).getByRole('button', { name: 'Ferdig, skjul passordet' }));
    expect(screen.queryByRole('region', { name: /Midlertidig passord/ })).toBeNull();
    // Shown once: kept nowhere, neither on the page nor in the cache.
    expect(screen.queryByDisplayValue('Tmp-Passord-123')).toBeNull();
    expect(document.body.innerHTML).not.toContain('Tmp-Passord-123');
    expect(JSON.stringify(cache.extract())).not.toContain('Tmp-Passord-123');
  });

  it('shows no temporary password when the admin chose the password', async () => {
    await openUsers([
      listMock([admin, kari]),
      {
        request: {
          query: CreateUserMutation,
          variables: { input: { name: 'Per Hansen', email: 'per@magnet.example', role: 'MEMBER', password: 'et-godt-passord' } },
        },
        result: {
          data: {
            createUser: {
              __typename: 'UserWithPassword',
              temporaryPassword: null,
              user: { __typename: 'User', id: 'per', name: 'Per Hansen' },
            },
          },
        },
      },
      listMock([admin, kari, user('per', 'Per Hansen', 'MEMBER')]),
    ]);

    fillNewUser({ name: 'Per Hansen', email: 'per@magnet.example', password: 'et-godt-passord' });

    expect(await screen.findByText('Per Hansen er opprettet.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Midlertidig passord/ })).toBeNull();
  });

  it("shows the server's message when a user cannot be created", async () => {
    await openUsers([
      listMock([admin, kari]),
      {
        request: {
          query: CreateUserMutation,
          variables: { input: { name: 'Kari To', email: 'kari@magnet.example', role: 'MEMBER', password: null } },
        },
        result: refused('BAD_USER_INPUT', 'Det finnes allerede en bruker med e-post kari@magnet.example.'),
      },
    ]);

    fillNewUser({ name: 'Kari To', email: 'kari@magnet.example' });

    const form = screen.getByRole('form', { name: 'Ny bruker' });
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'Det finnes allerede en bruker med e-post kari@magnet.example.',
    );
    expect((within(form).getByLabelText('Navn') as HTMLInputElement).value).toBe('Kari To');
  });

  it('refuses a chosen password shorter than 10 characters before sending it', async () => {
    await openUsers([listMock([admin, kari])]);
    fillNewUser({ name: 'Per Hansen', email: 'per@magnet.example', password: 'kort' });
    expect((await screen.findByRole('alert')).textContent).toBe('Passordet må ha minst 10 tegn.');
  });

  it('changes a role with the version the admin saw', async () => {
    await openUsers([
      listMock([admin, kari]),
      updateMock(
        { id: 'kari', version: 3, role: 'LEADER' },
        { data: { updateUser: { ...kari, role: 'LEADER', version: 4 } } },
      ),
    ]);

    fireEvent.change(roleSelect('Kari Nordmann'), { target: { value: 'LEADER' } });

    expect(await screen.findByText('Kari Nordmann har nå rollen Prosjektleder.')).toBeTruthy();
    expect(roleSelect('Kari Nordmann').value).toBe('LEADER');
  });

  it('shows the conflict when someone else changed the user meanwhile, and shows what is true now', async () => {
    await openUsers([
      listMock([admin, kari]),
      updateMock(
        { id: 'kari', version: 3, role: 'LEADER' },
        refused('CONFLICT', 'Brukeren er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.'),
      ),
      listMock([admin, { ...kari, role: 'BOARD', version: 4 }]),
    ]);

    fireEvent.change(roleSelect('Kari Nordmann'), { target: { value: 'LEADER' } });

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Brukeren er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.',
    );
    await waitFor(() => expect(roleSelect('Kari Nordmann').value).toBe('BOARD'));
  });

  it('deactivates a user after asking, and can reactivate them', async () => {
    const confirm = stubConfirm(true);
    await openUsers([
      listMock([admin, kari]),
      updateMock({ id: 'kari', version: 3, active: false }, { data: { updateUser: { ...kari, active: false, version: 4 } } }),
      updateMock({ id: 'kari', version: 4, active: true }, { data: { updateUser: { ...kari, active: true, version: 5 } } }),
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Deaktiver Kari Nordmann' }));

    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Deaktivere Kari Nordmann?'));
    expect(await screen.findByText('Kari Nordmann er deaktivert og logget ut.')).toBeTruthy();
    expect(cells('Kari Nordmann')[2]).toBe('Deaktivert');

    confirm.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Aktiver Kari Nordmann igjen' }));
    expect(await screen.findByText('Kari Nordmann er aktivert igjen.')).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
    expect(cells('Kari Nordmann')[2]).toBe('Aktiv');
  });

  it('does nothing when the admin thinks better of deactivating', async () => {
    stubConfirm(false);
    await openUsers([listMock([admin, kari])]);
    fireEvent.click(screen.getByRole('button', { name: 'Deaktiver Kari Nordmann' }));
    expect(cells('Kari Nordmann')[2]).toBe('Aktiv');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('gives a user a new temporary password, shown once', async () => {
    stubConfirm(true);
    await openUsers([
      listMock([admin, kari]),
      {
        request: { query: ResetUserPasswordMutation, variables: { id: 'kari' } },
        result: {
          data: {
            resetUserPassword: {
              __typename: 'UserWithPassword',
              temporaryPassword: 'Nytt-Tmp-456',
              user: { __typename: 'User', id: 'kari', version: 4 },
            },
          },
        },
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Nytt passord for Kari Nordmann' }));

    const panel = await screen.findByRole('region', { name: 'Midlertidig passord for Kari Nordmann' });
    expect((within(panel).getByLabelText('Midlertidig passord') as HTMLInputElement).value).toBe('Nytt-Tmp-456');
  });
});
