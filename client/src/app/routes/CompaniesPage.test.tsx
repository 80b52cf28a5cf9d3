import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompanyListQuery } from '../../features/companies/hooks/useCompanyList';
import { changeLanguage } from '../../shared/i18n/i18n';
import { currentLocation, renderApp } from '../../test/renderApp';

const nbsp = '\u00a0';

const bioeconomy = { __typename: 'FocusArea', id: 'fa1', nameNb: 'Bioøkonomi', nameEn: 'Bioeconomy', color: '#2e7d32' };
const health = { __typename: 'FocusArea', id: 'fa4', nameNb: 'Folkehelse', nameEn: 'Public health', color: '#ffeb3b' };
const dialogue = { __typename: 'Stage', id: 's3', nameNb: 'I dialog', nameEn: 'In dialogue' };

function prospect(id: string, fields: Record<string, unknown> = {}) {
  return {
    __typename: 'Prospect',
    id,
    name: `Bedrift ${id}`,
    orgNumber: null,
    stage: dialogue,
    focusAreas: [],
    owner: null,
    estimatedJobs: null,
    targetMunicipality: null,
    lastActivityAt: '2015-06-05T10:00:00.000Z',
    ...fields,
  };
}

const elverumTre = prospect('p1', {
  name: 'Elverum Tre AS',
  orgNumber: '952857991',
  focusAreas: [bioeconomy, health],
  owner: { __typename: 'User', id: 'u1', name: 'Kari Nordmann' },
  estimatedJobs: 1200,
  targetMunicipality: { __typename: 'Municipality', number: '3420', name: 'Elverum' },
});

function page(nodes: object[], totalCount: number, hasNextPage: boolean) {
  return {
    data: {
      prospects: {
        __typename: 'ProspectConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', endCursor: `after-${nodes.length}`, hasNextPage },
        edges: nodes.map((node, i) => ({ __typename: 'ProspectEdge', cursor: `c${i}`, node })),
      },
    },
  };
}

function listMock(variables: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: CompanyListQuery, variables: { first: 50, ...variables } }, result };
}

const renderAt = (path: string, mocks: MockLink.MockedResponse[]) => renderApp(path, { mocks });

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const cellsOf = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell');

describe('CompaniesPage', () => {
  it('lists the companies with formatted values, focus-area chips and the count', async () => {
    renderAt('/companies', [listMock({ filter: {} }, page([elverumTre, prospect('p2')], 61, true))]);

    expect(await screen.findByText('61 bedrifter')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Bedrifter' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Bedrift',
      'Org.nr.',
      'Fase',
      'Fokusområder',
      'Ansvarlig',
      'Anslåtte arbeidsplasser',
      'Vertskommune',
      'Siste aktivitet',
    ]);
    expect(rowNames()).toEqual(['Elverum Tre AS', 'Bedrift p2']);

    const [orgNumber, stage, focusAreas, owner, jobs, municipality, lastActivity] = cellsOf('Elverum Tre AS');
    expect(orgNumber.textContent).toBe(`952${nbsp}857${nbsp}991`);
    expect(stage.textContent).toBe('I dialog');
    expect(owner.textContent).toBe('Kari Nordmann');
    expect(jobs.textContent).toBe(`1${nbsp}200`);
    expect(municipality.textContent).toBe('Elverum');
    expect(lastActivity.textContent).toBe('05.06.2015');

    const chips = within(focusAreas).getAllByRole('listitem').map((item) => item.firstElementChild as HTMLElement);
    expect(chips.map((chip) => chip.textContent)).toEqual(['Bioøkonomi', 'Folkehelse']);
    // Dark green gets white text, yellow gets black text.
    expect(chips.map((chip) => [chip.style.backgroundColor, chip.style.color])).toEqual([
      ['#2e7d32', '#ffffff'],
      ['#ffeb3b', '#000000'],
    ]);

    // Empty values are a dash that screen readers hear as "not set".
    expect(cellsOf('Bedrift p2')[0].textContent).toBe('–Ikke satt');
  });

  it('loads the next page after the last cursor and appends it', async () => {
    renderAt('/companies', [
      listMock({ filter: {} }, page([elverumTre, prospect('p2')], 3, true)),
      listMock({ filter: {}, after: 'after-2' }, page([prospect('p3')], 3, false)),
    ]);

    await screen.findByText('3 bedrifter');
    expect(screen.getByText('Viser 2 av 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));

    await waitFor(() => expect(rowNames()).toEqual(['Elverum Tre AS', 'Bedrift p2', 'Bedrift p3']));
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
    expect(screen.getByText('3 bedrifter')).toBeTruthy();
  });

  it('searches as you type, after a pause, and keeps the search in the address', async () => {
    renderAt('/companies', [
      listMock({ filter: {} }, page([elverumTre, prospect('p2')], 61, false)),
      listMock({ filter: { text: 'elverum' } }, page([elverumTre], 1, false)),
    ]);
    await screen.findByText('61 bedrifter');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk i bedrifter' }), { target: { value: 'elverum' } });
    // Not at once: the address (and the query) wait for a pause in the typing.
    expect(currentLocation()).toBe('/companies');

    expect(await screen.findByText('1 bedrift')).toBeTruthy();
    expect(rowNames()).toEqual(['Elverum Tre AS']);
    expect(currentLocation()).toBe('/companies?q=elverum');
  });

  it('starts with the search from the address', async () => {
    renderAt('/companies?q=tre', [listMock({ filter: { text: 'tre' } }, page([elverumTre], 1, false))]);

    expect(await screen.findByText('1 bedrift')).toBeTruthy();
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('tre');
  });

  it('says when a search finds nothing', async () => {
    renderAt('/companies?q=xyz', [listMock({ filter: { text: 'xyz' } }, page([], 0, false))]);

    expect(await screen.findByText('Ingen bedrifter passer søket «xyz».')).toBeTruthy();
    expect(screen.getByText('0 bedrifter')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows names, numbers and dates in English when English is chosen', async () => {
    await changeLanguage('en');
    renderAt('/companies', [listMock({ filter: {} }, page([elverumTre], 1, false))]);

    expect(await screen.findByText('1 company')).toBeTruthy();
    const [, stage, focusAreas, , jobs, , lastActivity] = cellsOf('Elverum Tre AS');
    expect(stage.textContent).toBe('In dialogue');
    expect(within(focusAreas).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Bioeconomy',
      'Public health',
    ]);
    expect(jobs.textContent).toBe('1,200');
    expect(lastActivity.textContent).toBe('05/06/2015');
  });

  it("shows the server's message when the query fails", async () => {
    renderAt('/companies', [
      listMock({ filter: {} }, { errors: [{ message: 'Du har ikke tilgang til dette.', extensions: { code: 'FORBIDDEN' } }] }),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Du har ikke tilgang til dette.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the server cannot be reached on a network error, and tries again on request', async () => {
    renderAt('/companies', [
      { request: { query: CompanyListQuery, variables: { first: 50, filter: {} } }, error: new TypeError('Failed to fetch') },
      listMock({ filter: {} }, page([elverumTre], 1, false)),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Får ikke kontakt med serveren.');
    expect(alert.textContent).not.toContain('Failed to fetch');

    fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByText('1 bedrift')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
