import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { companyPageSize, CompanyListQuery } from '../features/companies/hooks/useCompanyList';
import { filterOptionsMock, savedViewsMock } from '../test/pipelineMocks';
import { currentLocation, renderApp, viewers } from '../test/renderApp';

beforeAll(() => Promise.all([import('./ShortcutKeys'), import('./routes/CompaniesPage')]), 30_000);

const emptyList: MockLink.MockedResponse = {
  request: { query: CompanyListQuery, variables: { first: companyPageSize, filter: {}, orderBy: 'NAME_ASC' } },
  maxUsageCount: 2,
  result: {
    data: {
      prospects: {
        __typename: 'ProspectConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        edges: [],
      },
    },
  },
};

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

/** Waits until the shortcuts (loaded after the page) listen: `?` opens their list, Escape closes it again. */
async function shortcutsListening() {
  const dialog = await waitFor(() => {
    press('?');
    return screen.getByRole('dialog', { name: 'Hurtigtaster' });
  });
  fireEvent.keyDown(dialog, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

/** A page without data of its own, so only the shortcuts are at work. */
async function renderAccountPage(viewer = viewers.MEMBER) {
  renderApp('/settings/account', { viewer });
  await screen.findByRole('heading', { level: 2, name: 'Min konto' });
}

describe('keyboard shortcuts', () => {
  it('? lists the shortcuts the viewer may use; Escape closes the list', async () => {
    await renderAccountPage();

    const dialog = await waitFor(() => {
      press('?');
      return screen.getByRole('dialog', { name: 'Hurtigtaster' });
    });
    const rows = within(dialog)
      .getAllByRole('definition')
      .map((dd) => `${dd.previousElementSibling!.textContent} ${dd.textContent}`);
    expect(rows).toEqual(['/ Søk', 'n Ny bedrift', 'm Logg møte', '? Vis hurtigtastene']);

    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('n opens a new company', async () => {
    await renderAccountPage();
    await shortcutsListening();
    press('n');
    await waitFor(() => expect(currentLocation()).toBe('/companies/new'));
  });

  it('does nothing while the user types in a field, or with Ctrl or Cmd held', async () => {
    await renderAccountPage();
    await shortcutsListening();
    const field = screen.getByLabelText('Nåværende passord');
    field.focus();

    press('n', field);
    press('?', field);
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'n', metaKey: true });

    expect(currentLocation()).toBe('/settings/account');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('gives the board neither "new company" nor "log meeting"', async () => {
    await renderAccountPage(viewers.BOARD);
    await shortcutsListening();
    press('n');
    press('?');
    const dialog = await screen.findByRole('dialog', { name: 'Hurtigtaster' });
    expect(within(dialog).getAllByRole('definition').map((dd) => dd.textContent)).toEqual(['Søk', 'Vis hurtigtastene']);
    expect(currentLocation()).toBe('/settings/account');
  });

  it('/ focuses the search of the page, without typing the slash into it', async () => {
    renderApp('/companies', { mocks: [filterOptionsMock(), savedViewsMock([], null, 5), emptyList] });
    const search = await screen.findByRole('searchbox', { name: 'Søk i bedrifter' });
    await shortcutsListening();

    const event = fireEvent.keyDown(document.body, { key: '/' });

    expect(document.activeElement).toBe(search);
    expect(event).toBe(false); // default prevented: no "/" in the field
  });

  it('/ on a page without a search opens the company list with its search focused', async () => {
    renderApp('/settings/account', { mocks: [filterOptionsMock(), savedViewsMock([], null, 5), emptyList] });
    await screen.findByRole('heading', { level: 2, name: 'Min konto' });
    await shortcutsListening();

    press('/');

    const search = await screen.findByRole('searchbox', { name: 'Søk i bedrifter' });
    expect(currentLocation()).toBe('/companies');
    expect(document.activeElement).toBe(search);
  });
});
