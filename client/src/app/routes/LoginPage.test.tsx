import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageLoad } from '../../features/auth/authRequests';
import type { Viewer } from '../../features/auth/hooks/useViewer';
import { changeLanguage } from '../../shared/i18n/i18n';
import { currentLocation, renderApp, viewers } from '../../test/renderApp';

const credentials = { email: 'medlem@magnet.example', password: 'riktig-passord' };

/**
 * The server's answer to `login` (plain fetch, not Apollo: the login page loads without the
 * data layer): the user, or a refusal with the server's code and message. Returns the bodies sent.
 */
function answerLogin(answer: { viewer: Viewer } | { code: string; message: string } | { status: number }, options: { delay?: number } = {}) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      expect(url).toBe('/graphql');
      sent.push(JSON.parse(String(init.body)));
      await new Promise((resolve) => setTimeout(resolve, options.delay ?? 0));
      if ('status' in answer) return new Response('<html>Bad gateway</html>', { status: answer.status });
      const body =
        'viewer' in answer
          ? { data: { login: { id: answer.viewer.id, role: answer.viewer.role } } }
          : { data: { login: null }, errors: [{ message: answer.message, path: ['login'], extensions: { code: answer.code } }] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

/** Where the full page load after a login goes. */
let loadedPage: ReturnType<typeof vi.fn<(url: string) => void>>;
beforeEach(() => {
  loadedPage = vi.fn<(url: string) => void>();
  vi.spyOn(pageLoad, 'replace').mockImplementation(loadedPage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Fills in the form and submits it, as pressing Enter in a field does. */
function logIn({ email, password } = credentials) {
  fireEvent.change(screen.getByLabelText('E-post'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Passord'), { target: { value: password } });
  fireEvent.submit(screen.getByRole('button', { name: 'Logg inn' }).closest('form')!);
}

const openLogin = async (path: string) => {
  const rendered = renderApp(path, { viewer: null });
  await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
  return rendered;
};

describe('LoginPage', () => {
  it('asks for e-mail and password, labelled, with the autocomplete hints password managers need', async () => {
    await openLogin('/login');
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
    answerLogin({ code: 'UNAUTHENTICATED', message: 'Feil e-post eller passord.' });
    await openLogin('/login?next=%2Fcompanies');
    logIn();

    expect((await screen.findByRole('alert')).textContent).toBe('Feil e-post eller passord.');
    expect(currentLocation()).toBe('/login?next=%2Fcompanies');
    // A failed login is not an expired session.
    expect(screen.queryByText('Økten er utløpt. Logg inn på nytt.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Logg inn' }).hasAttribute('disabled')).toBe(false);
    expect(loadedPage).not.toHaveBeenCalled();
  });

  it("shows the server's message when too many attempts have failed", async () => {
    const message = 'For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.';
    answerLogin({ code: 'RATE_LIMITED', message });
    await openLogin('/login');
    logIn();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('asks for both fields before sending anything', async () => {
    const sent = answerLogin({ viewer: viewers.MEMBER });
    await openLogin('/login');
    logIn({ email: 'medlem@magnet.example', password: '' });
    expect((await screen.findByRole('alert')).textContent).toBe('Skriv både e-postadressen og passordet.');
    expect(sent).toEqual([]);
  });

  it('disables the button while signing in, then loads the page in `next`, query string included', async () => {
    answerLogin({ viewer: viewers.MEMBER }, { delay: 50 });
    await openLogin('/login?next=%2Fstatistics%3Fperiod%3D2017');
    logIn();

    expect(screen.getByRole('button', { name: 'Logg inn' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Logger inn …')).toBeTruthy();

    // A full page load: the app and its cache start afresh for this user.
    await waitFor(() => expect(loadedPage).toHaveBeenCalledWith('/statistics?period=2017'));
    // The session is the httpOnly cookie: nothing auth-related is kept in browser storage.
    expect(Object.keys(localStorage).filter((key) => key !== 'magnet.language')).toEqual([]);
    expect(sessionStorage.length).toBe(0);
  });

  it('trims the e-mail address', async () => {
    const sent = answerLogin({ viewer: viewers.MEMBER });
    await openLogin('/login');
    logIn({ email: '  medlem@magnet.example ', password: credentials.password });
    await waitFor(() => expect(loadedPage).toHaveBeenCalledWith('/pipeline'));
    expect(sent.map((body) => body.variables)).toEqual([credentials]);
    expect(sent[0]!.query).toMatch(/^mutation Login\b/);
  });

  it('says the server could not be reached when a gateway answers instead of it', async () => {
    answerLogin({ status: 502 });
    await openLogin('/login');
    logIn();
    expect((await screen.findByRole('alert')).textContent).toBe('Får ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.');
  });

  it.each([
    ['a role-based start page without `next`: the pipeline for a member', '/login', viewers.MEMBER, '/pipeline'],
    ['the statistics for the board', '/login', viewers.BOARD, '/statistics'],
    ['the start page instead of another host (//)', '/login?next=%2F%2Fevil.example', viewers.MEMBER, '/pipeline'],
    ['the start page instead of another host (https://)', '/login?next=https%3A%2F%2Fevil.example%2Fx', viewers.BOARD, '/statistics'],
    ['the start page instead of another host (/\\)', '/login?next=%2F%5Cevil.example', viewers.MEMBER, '/pipeline'],
  ])('goes to %s', async (_, path, viewer, expected) => {
    answerLogin({ viewer });
    await openLogin(path);
    logIn();
    await waitFor(() => expect(loadedPage).toHaveBeenCalledWith(expected));
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
