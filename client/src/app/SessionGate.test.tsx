import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { companyPageSize, CompanyListQuery } from '../features/companies/hooks/useCompanyList';
import { ViewerQuery } from '../features/auth/hooks/useViewerQuery';
import { currentLocation, renderApp, viewerMock, viewers } from '../test/renderApp';

// The pipeline page (with its drag-and-drop library) is compiled once up front, not inside a test's wait.
beforeAll(() => import('./routes/PipelinePage'), 30_000);

const unauthenticated = { errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('session gate', () => {
  it('sends a visitor who is not signed in to the login page, remembering the page and its query string', async () => {
    renderApp('/companies?q=elverum%20tre', { viewer: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeTruthy();
    expect(currentLocation()).toBe('/login?next=%2Fcompanies%3Fq%3Delverum%2520tre');
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).toBeNull();
  });

  it('leaves `next` out for the start page', async () => {
    renderApp('/', { viewer: null });
    await screen.findByRole('heading', { level: 1, name: 'Logg inn' });
    expect(currentLocation()).toBe('/login');
  });

  it('says so when it cannot ask the server who is signed in, and asks again on request', async () => {
    renderApp('/pipeline', {
      viewer: false,
      mocks: [{ request: { query: ViewerQuery }, error: new TypeError('Failed to fetch') }, viewerMock(viewers.MEMBER)],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Får ikke kontakt med serveren.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pipeline' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('session expiry', () => {
  it('sends the user to log in again, coming back to the same page, when an operation is refused as UNAUTHENTICATED', async () => {
    const { cache } = renderApp('/companies?q=tre', {
      mocks: [
        {
          request: { query: CompanyListQuery, variables: { first: companyPageSize, filter: { text: 'tre' }, orderBy: 'NAME_ASC' } },
          result: unauthenticated,
        },
        viewerMock(null),
      ],
    });

    expect(await screen.findByText('Økten er utløpt. Logg inn på nytt.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeTruthy();
    expect(currentLocation()).toBe('/login?next=%2Fcompanies%3Fq%3Dtre');
    // What the signed-in user saw is gone from the cache.
    expect(JSON.stringify(cache.extract())).not.toContain('Ada Admin');
  });
});
