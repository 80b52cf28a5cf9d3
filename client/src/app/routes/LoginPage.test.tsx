import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../features/auth/hooks/useViewer';
import { LoginMutation } from '../../features/auth/hooks/useLogin';
import { changeLanguage } from '../../shared/i18n/i18n';
import { currentLocation, renderApp, viewerMock, viewers } from '../../test/renderApp';

const credentials = { email: 'medlem@magnet.example', password: 'riktig-passord' };

/**
 * `login` answering for `viewer` — then `me` answering the same, as the session gate asks
 * after a login — or refusing with the server's code and message.
 */
function loginMock(
  answer: { viewer: Viewer } | { code: string; message: string },
  options: { delay?: number } = {},
): MockLink.MockedResponse[] {
  const request = { query: LoginMutation, variables: credentials };
  if ('viewer' in answer) {
    const { id, role } = answer.viewer;
    return [
      { request, result: { data: { login: { __typename: 'User', id, role } } }, delay: options.delay },
      viewerMock(answer.viewer),
    ];
  }
  const error = { message: answer.message, path: ['login'], extensions: { code: answer.code } };
  return [{ request, result: { data: { login: null }, errors: [error] }, delay: options.delay }];
}

/** Fills in the form and submits it, as pressing Enter in a field does. */
function logIn({ email, password } = credentials) {
  fireEvent.change(screen.getByLabelText('E-post'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Passord'), { target: { value: password } });
  fireEvent.submit(screen.getByRole('button', { name: 'Logg inn' }).closest('form')!);
}

const openLogin = async (path: string, mocks: MockLink.MockedResponse[]) => {
  const rendered = renderApp(path, { viewer: null, mocks });
  await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
  return rendered;
};

describe('LoginPage', () => {
  it('asks for e-mail and password, labelled, with the autocomplete hints password managers need', async () => {
    await openLogin('/login', []);
    const email = screen.getByLabelText('E-post');
    const password = screen.getByLabelText('Passord');
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('button', { name: 'Logg inn' }).getAttribute('type')).toBe('submit');
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
  });

  it("shows the server's message for wrong credentials, and stays", async () => {
    const wrong = loginMock({ code: 'UNAUTHENTICATED', message: 'Feil e-post eller passord.' });
    await openLogin('/login?next=%2Fcompanies', wrong);
    logIn();

    expect((await screen.findByRole('alert')).textContent).toBe('Feil e-post eller passord.');
    expect(currentLocation()).toBe('/login?next=%2Fcompanies');
    // A failed login is not an expired session.
    expect(screen.queryByText('Økten er utløpt. Logg inn på nytt.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Logg inn' }).hasAttribute('disabled')).toBe(false);
  });

  it("shows the server's message when too many attempts have failed", async () => {
    const message = 'For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.';
    await openLogin('/login', loginMock({ code: 'RATE_LIMITED', message }));
    logIn();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('asks for both fields before sending anything', async () => {
    await openLogin('/login', []);
    logIn({ email: 'medlem@magnet.example', password: '' });
    expect((await screen.findByRole('alert')).textContent).toBe('Skriv både e-postadressen og passordet.');
  });

  it('disables the button while signing in, then opens the page in `next`, query string included', async () => {
    const slow = loginMock({ viewer: viewers.MEMBER }, { delay: 50 });
    await openLogin('/login?next=%2Fstatistics%3Fperiod%3D2017', slow);
    logIn();

    expect(screen.getByRole('button', { name: 'Logg inn' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Logger inn …')).toBeTruthy();

    expect(await screen.findByRole('heading', { level: 1, name: 'Statistikk' })).toBeTruthy();
    expect(currentLocation()).toBe('/statistics?period=2017');
    expect(screen.getByRole('link', { name: 'Mona Medlem' })).toBeTruthy();
    // The session is the httpOnly cookie: nothing auth-related is kept in browser storage.
    expect(Object.keys(localStorage).filter((key) => key !== 'magnet.language')).toEqual([]);
    expect(sessionStorage.length).toBe(0);
  });

  it('trims the e-mail address', async () => {
    await openLogin('/login', loginMock({ viewer: viewers.MEMBER }));
    logIn({ email: '  medlem@magnet.example ', password: credentials.password });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pipeline' })).toBeTruthy();
  });

  it.each([
    ['a role-based start page without `next`: the pipeline for a member', '/login', viewers.MEMBER, '/pipeline'],
    ['the statistics for the board', '/login', viewers.BOARD, '/statistics'],
    ['the start page instead of another host (//)', '/login?next=%2F%2Fevil.example', viewers.MEMBER, '/pipeline'],
    ['the start page instead of another host (https://)', '/login?next=https%3A%2F%2Fevil.example%2Fx', viewers.BOARD, '/statistics'],
    ['the start page instead of another host (/\\)', '/login?next=%2F%5Cevil.example', viewers.MEMBER, '/pipeline'],
  ])('goes to %s', async (_, path, viewer, expected) => {
    await openLogin(path, loginMock({ viewer }));
    logIn();
    await waitFor(() => expect(currentLocation()).toBe(expected));
  });

  it('sends a user who is already signed in straight on', async () => {
    renderApp('/login?next=%2Fstatistics', { viewer: viewers.MEMBER });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistikk' })).toBeTruthy();
    expect(currentLocation()).toBe('/statistics');
  });

  it('speaks English when English is chosen', async () => {
    await changeLanguage('en');
    renderApp('/login', { viewer: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Log in' })).toBeTruthy();
    expect(screen.getByLabelText('E-mail')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeTruthy();
  });
});
