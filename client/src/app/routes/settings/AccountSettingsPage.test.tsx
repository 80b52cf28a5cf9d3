import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangePasswordMutation } from '../../../features/account/hooks/useChangePassword';
import { changeLanguage } from '../../../shared/i18n/i18n';
import { renderApp, viewers } from '../../../test/renderApp';

const changeMock = (variables: object, result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: ChangePasswordMutation, variables },
  result,
});

async function openAccount(mocks: MockLink.MockedResponse[] = []) {
  renderApp('/settings/account', { viewer: viewers.MEMBER, mocks });
  return screen.findByRole('form', { name: 'Bytt passord' });
}

function changePassword(form: HTMLElement, current: string, next: string, repeat = next) {
  fireEvent.change(within(form).getByLabelText('Nåværende passord'), { target: { value: current } });
  fireEvent.change(within(form).getByLabelText('Nytt passord'), { target: { value: next } });
  fireEvent.change(within(form).getByLabelText('Gjenta nytt passord'), { target: { value: repeat } });
  fireEvent.click(within(form).getByRole('button', { name: 'Bytt passord' }));
}

const value = (form: HTMLElement, label: string) => (within(form).getByLabelText(label) as HTMLInputElement).value;

describe('AccountSettingsPage', () => {
  it('says who is signed in, and asks for the password fields with the right autocomplete hints', async () => {
    const form = await openAccount();
    expect(screen.getByText('Du er logget inn som Mona Medlem (medlem@magnet.example), med rollen Medlem.')).toBeTruthy();
    expect(within(form).getByLabelText('Nåværende passord').getAttribute('autocomplete')).toBe('current-password');
    expect(within(form).getByLabelText('Nytt passord').getAttribute('autocomplete')).toBe('new-password');
    expect(within(form).getByLabelText('Gjenta nytt passord').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByText('Minst 10 tegn.')).toBeTruthy();
  });

  it('changes the password, says so, and empties the fields', async () => {
    const form = await openAccount([
      changeMock({ currentPassword: 'gammelt-passord', newPassword: 'nytt-og-langt' }, { data: { changePassword: true } }),
    ]);
    changePassword(form, 'gammelt-passord', 'nytt-og-langt');

    expect(await screen.findByText('Passordet er byttet. Er du logget inn andre steder, må du logge inn der på nytt.')).toBeTruthy();
    expect(value(form, 'Nåværende passord')).toBe('');
    expect(value(form, 'Nytt passord')).toBe('');
    expect(value(form, 'Gjenta nytt passord')).toBe('');
  });

  it("shows the server's message for a wrong current password, and keeps what was typed", async () => {
    const form = await openAccount([
      changeMock(
        { currentPassword: 'feil-passord', newPassword: 'nytt-og-langt' },
        { errors: [{ message: 'Nåværende passord er feil.', path: ['changePassword'], extensions: { code: 'BAD_USER_INPUT' } }] },
      ),
    ]);
    changePassword(form, 'feil-passord', 'nytt-og-langt');

    expect((await within(form).findByRole('alert')).textContent).toBe('Nåværende passord er feil.');
    expect(value(form, 'Nytt passord')).toBe('nytt-og-langt');
  });

  it.each([
    ['a new password shorter than 10 characters', 'gammelt-passord', 'kort', 'kort', 'Passordet må ha minst 10 tegn.'],
    [
      'two different new passwords',
      'gammelt-passord',
      'nytt-og-langt',
      'nytt-og-langT',
      'Du skrev to forskjellige nye passord. Skriv det samme i begge feltene.',
    ],
    ['a missing current password', '', 'nytt-og-langt', 'nytt-og-langt', 'Skriv det nåværende passordet.'],
  ])('refuses %s before sending anything', async (_, current, next, repeat, message) => {
    const form = await openAccount();
    changePassword(form, current, next, repeat);
    expect((await within(form).findByRole('alert')).textContent).toBe(message);
  });

  it('speaks English when English is chosen, also in texts that load with the settings', async () => {
    await openAccount();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByRole('form', { name: 'Change password' })).toBeTruthy());
    expect(screen.getByLabelText('Current password')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'My account' })).toBeTruthy();
  });

  it('starts in English when English was chosen before the settings were opened', async () => {
    await changeLanguage('en');
    renderApp('/settings/account', { viewer: viewers.MEMBER });
    expect(await screen.findByRole('form', { name: 'Change password' })).toBeTruthy();
    expect(screen.getByText('You are logged in as Mona Medlem (medlem@magnet.example), with the role Member.')).toBeTruthy();
  });
});
