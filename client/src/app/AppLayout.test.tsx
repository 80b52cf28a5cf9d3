import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { LogoutMutation } from '../features/auth/hooks/useLogout';
import { board, filterOptionsMock, pipelineMock, savedViewsMock } from '../test/pipelineMocks';
import { currentLocation, renderApp, viewerMock, viewers } from '../test/renderApp';

// The pipeline page (with its drag-and-drop library) is compiled once up front, not inside a test's wait.
beforeAll(() => import('./routes/PipelinePage'), 30_000);

/** What the pipeline page asks for: filter choices, saved views, an empty board. */
const pipelinePageMocks = () => [filterOptionsMock(), savedViewsMock([], null, 5), pipelineMock(board({}))];

const navLabels = () =>
  within(screen.getByRole('navigation', { name: /Hovedmeny|Main menu/ }))
    .getAllByRole('link')
    .map((link) => link.textContent);

const settingsLabels = () =>
  within(screen.getByRole('navigation', { name: 'Deler av innstillingene' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('AppLayout', () => {
  it('shows the product name and the sections in bokmål, marking the current one', async () => {
    renderApp('/meetings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Møter' })).toBeTruthy();
    expect(screen.getByText('Magnet')).toBeTruthy();
    expect(navLabels()).toEqual(['Pipeline', 'Bedrifter', 'Møter', 'Statistikk', 'Innstillinger']);
    expect(screen.getByRole('link', { name: 'Møter' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Bedrifter' }).getAttribute('aria-current')).toBeNull();
  });

  it('switches to English and back, and remembers the choice', async () => {
    renderApp('/statistics');
    await screen.findByRole('heading', { level: 1, name: 'Statistikk' });
    expect(screen.getByRole('button', { name: 'Norsk' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    await waitFor(() => expect(navLabels()).toEqual(['Pipeline', 'Companies', 'Meetings', 'Statistics', 'Settings']));
    expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('magnet.language')).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Norsk' }));

    await waitFor(() => expect(navLabels()).toContain('Bedrifter'));
    expect(document.documentElement.lang).toBe('nb');
    expect(localStorage.getItem('magnet.language')).toBe('nb');
  });

  it("shows who is signed in, with their role, and links the name to their own account", async () => {
    renderApp('/pipeline', { viewer: viewers.LEADER });
    const account = await screen.findByRole('link', { name: 'Lea Leder' });
    expect(account.getAttribute('href')).toBe('/settings/account');
    expect(screen.getByText('Prosjektleder')).toBeTruthy();
  });

  it('sends / to the pipeline board', async () => {
    renderApp('/', { viewer: viewers.MEMBER, mocks: pipelinePageMocks() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pipeline' })).toBeTruthy();
    expect(currentLocation()).toBe('/pipeline');
    expect(await screen.findByRole('region', { name: 'Tavle med faser' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Pipeline' }).getAttribute('aria-current')).toBe('page');
  });

  it('answers an unknown address with a page that says so', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeTruthy();
  });

  it('logs out: ends the session on the server, forgets the cache and goes to the login page', async () => {
    let loggedOut = false;
    const { cache } = renderApp('/companies?q=tre', {
      mocks: [
        {
          request: { query: LogoutMutation },
          result: () => {
            loggedOut = true;
            return { data: { logout: true } };
          },
        },
        viewerMock(null),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Logg ut' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeTruthy();
    expect(loggedOut).toBe(true);
    expect(currentLocation()).toBe('/login');
    expect(JSON.stringify(cache.extract())).not.toContain('Ada Admin');
    expect(screen.queryByText('Økten er utløpt. Logg inn på nytt.')).toBeNull();
  });

  it('stays signed in and says so when logging out fails', async () => {
    renderApp('/pipeline', {
      mocks: [{ request: { query: LogoutMutation }, error: new TypeError('Failed to fetch') }, ...pipelinePageMocks()],
    });
    await screen.findByRole('region', { name: 'Tavle med faser' });
    fireEvent.click(await screen.findByRole('button', { name: 'Logg ut' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du er ikke logget ut: Får ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.',
    );
    expect(currentLocation()).toBe('/pipeline');
    expect(screen.getByRole('button', { name: 'Logg ut' }).hasAttribute('disabled')).toBe(false);
  });
});

describe('navigation by role', () => {
  it('shows the board pipeline, companies and statistics only, and starts it on the statistics', async () => {
    renderApp('/', { viewer: viewers.BOARD });
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistikk' })).toBeTruthy();
    expect(currentLocation()).toBe('/statistics');
    expect(navLabels()).toEqual(['Pipeline', 'Bedrifter', 'Statistikk']);
    expect(screen.getByText('Styremedlem')).toBeTruthy();
  });

  it('says "no access" when the board opens the meetings (minutes are personal data)', async () => {
    renderApp('/meetings', { viewer: viewers.BOARD });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeTruthy();
    expect(screen.getByText('Som Styremedlem har du ikke tilgang til denne siden.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Møter' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Gå til startsiden' }).getAttribute('href')).toBe('/');
  });

  it('says "no access" when the board opens the settings, but lets it change its own password', async () => {
    renderApp('/settings', { viewer: viewers.BOARD });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ingen tilgang' })).toBeTruthy();
    expect(currentLocation()).toBe('/settings');
    expect(settingsLabels()).toEqual(['Min konto']);

    fireEvent.click(screen.getByRole('link', { name: 'Min konto' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Bytt passord' })).toBeTruthy();
  });

  it('gives a member the meetings and its own account in the settings, nothing more', async () => {
    renderApp('/settings', { viewer: viewers.MEMBER });
    expect(await screen.findByRole('heading', { level: 2, name: 'Min konto' })).toBeTruthy();
    expect(currentLocation()).toBe('/settings/account');
    expect(navLabels()).toEqual(['Pipeline', 'Bedrifter', 'Møter', 'Statistikk', 'Innstillinger']);
    expect(settingsLabels()).toEqual(['Min konto']);
  });

  it('says "no access" when a member opens the users', async () => {
    renderApp('/settings/users', { viewer: viewers.MEMBER });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ingen tilgang' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Brukere' })).toBeNull();
  });

  it('gives a project leader the project setup, but not the users or the audit log', async () => {
    renderApp('/settings/project', { viewer: viewers.LEADER });
    expect(await screen.findByRole('heading', { level: 2, name: 'Prosjektoppsett' })).toBeTruthy();
    expect(settingsLabels()).toEqual(['Min konto', 'Prosjektoppsett', 'Registerimport', 'Personvern']);
  });

  it('says "no access" when a project leader opens the audit log', async () => {
    renderApp('/settings/audit', { viewer: viewers.LEADER });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ingen tilgang' })).toBeTruthy();
  });

  it('gives an admin every part of the settings, users and audit log too', async () => {
    renderApp('/settings/project');
    expect(await screen.findByRole('heading', { level: 2, name: 'Prosjektoppsett' })).toBeTruthy();
    expect(settingsLabels()).toEqual(['Min konto', 'Prosjektoppsett', 'Registerimport', 'Personvern', 'Brukere', 'Revisjonslogg']);
    expect(screen.getByRole('link', { name: 'Brukere' }).getAttribute('href')).toBe('/settings/users');
  });
});
