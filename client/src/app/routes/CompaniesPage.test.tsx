import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { companyPageSize, CompanyListQuery } from '../../features/companies/hooks/useCompanyList';
import { changeLanguage } from '../../shared/i18n/i18n';
import { filterOptionsMock, focusAreas, savedViewsMock, stages, users, uuid } from '../../test/pipelineMocks';
import { currentLocation, renderApp, viewers } from '../../test/renderApp';

const nbsp = '\u00a0';

beforeAll(() => import('./CompaniesPage'), 30_000);

/** The height of the list's scroll box: happy-dom lays nothing out, so it is given as a screen would. */
const viewportHeight = 600;
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('company-scroll') ? viewportHeight : 0;
  });
});
afterEach(() => vi.restoreAllMocks());

const dialogue = { __typename: 'Stage', id: stages.dialogue.id, nameNb: 'I dialog', nameEn: 'In dialogue' };

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
    createdAt: '2015-07-01T10:00:00.000Z',
    ...fields,
  };
}

const elverumTre = prospect('p1', {
  name: 'Elverum Tre AS',
  orgNumber: '952857991',
  focusAreas: [
    { ...focusAreas.bioeconomy, color: '#2e7d32' },
    { ...focusAreas.health, color: '#ffeb3b' },
  ],
  owner: users.kari,
  estimatedJobs: 1200,
  targetMunicipality: { __typename: 'Municipality', number: '3420', name: 'Elverum' },
});

function page(nodes: object[], totalCount: number, hasNextPage: boolean, endCursor = `after-${nodes.length}`) {
  return {
    data: {
      prospects: {
        __typename: 'ProspectConnection',
        totalCount,
        pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
        edges: nodes.map((node, i) => ({ __typename: 'ProspectEdge', cursor: `c${i}`, node })),
      },
    },
  };
}

function listMock(
  variables: Record<string, unknown>,
  result: MockLink.MockedResponse['result'],
  orderBy = 'NAME_ASC',
): MockLink.MockedResponse {
  return { request: { query: CompanyListQuery, variables: { first: companyPageSize, filter: {}, orderBy, ...variables } }, result };
}

const renderAt = (path: string, mocks: MockLink.MockedResponse[], viewer = viewers.ADMIN) =>
  renderApp(path, { viewer, mocks: [filterOptionsMock(), savedViewsMock([], null, 5), ...mocks] });

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const cellsOf = (name: string) => within(screen.getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell');

describe('CompaniesPage', () => {
  it('lists the companies with formatted values, focus-area chips and the count', async () => {
    renderAt('/companies', [listMock({}, page([elverumTre, prospect('p2')], 2, false))]);

    expect(await screen.findByText('2 bedrifter')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Bedrifter' })).toBeTruthy();
    // The sortable headers carry an arrow (hidden from screen readers).
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent!.replace(/[▲▼↕]/g, ''))).toEqual([
      'Bedrift',
      'Org.nr.',
      'Fase',
      'Fokusområder',
      'Ansvarlig',
      'Anslåtte arbeidsplasser',
      'Vertskommune',
      'Siste aktivitet',
      'Opprettet',
    ]);
    expect(rowNames()).toEqual(['Elverum Tre AS', 'Bedrift p2']);

    const [orgNumber, stage, chipsCell, owner, jobs, municipality, lastActivity, created] = cellsOf('Elverum Tre AS');
    expect(orgNumber.textContent).toBe(`952${nbsp}857${nbsp}991`);
    expect(stage.textContent).toBe('I dialog');
    expect(owner.textContent).toBe('Kari Nordmann');
    expect(jobs.textContent).toBe(`1${nbsp}200`);
    expect(municipality.textContent).toBe('Elverum');
    expect(lastActivity.textContent).toBe('05.06.2015');
    expect(created.textContent).toBe('01.07.2015');

    const chips = within(chipsCell).getAllByRole('listitem').map((item) => item.firstElementChild as HTMLElement);
    expect(chips.map((chip) => chip.textContent)).toEqual(['Bioøkonomi', 'Folkehelse']);
    // Dark green gets white text, yellow gets black text.
    expect(chips.map((chip) => [chip.style.backgroundColor, chip.style.color])).toEqual([
      ['#2e7d32', '#ffffff'],
      ['#ffeb3b', '#000000'],
    ]);
    // Empty values are a dash that screen readers hear as "not set".
    expect(cellsOf('Bedrift p2')[0].textContent).toBe('–Ikke satt');
  });

  it('offers a new company and the CSV of what the filter finds', async () => {
    renderAt(`/companies?focus=${focusAreas.defence.id}&q=rena`, [
      listMock({ filter: { focusAreaIds: [focusAreas.defence.id], text: 'rena' } }, page([elverumTre], 1, false)),
    ]);

    expect(await screen.findByText('1 bedrift')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ny bedrift' }).getAttribute('href')).toBe('/companies/new');
    const csv = screen.getByRole('link', { name: 'Last ned CSV' }).getAttribute('href')!;
    expect(csv.startsWith('/export/companies.csv?filter=')).toBe(true);
    expect(JSON.parse(new URLSearchParams(csv.split('?')[1]).get('filter')!)).toEqual({
      focusAreaIds: [focusAreas.defence.id],
      text: 'rena',
    });
    // The focus-area chips come from their own query, which may answer after the list.
    expect((await screen.findByRole('button', { name: 'Forsvarslogistikk' })).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the board no "new company"', async () => {
    renderAt('/companies', [listMock({}, page([elverumTre], 1, false))], viewers.BOARD);
    expect(await screen.findByText('1 bedrift')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ny bedrift' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Last ned CSV' })).toBeTruthy();
  });

  it('sorts by a column, keeping the sort in the address', async () => {
    renderAt('/companies', [
      listMock({}, page([elverumTre, prospect('p2')], 2, false)),
      listMock({}, page([prospect('p2'), elverumTre], 2, false), 'LAST_ACTIVITY_DESC'),
      listMock({}, page([prospect('p2'), elverumTre], 2, false), 'NAME_DESC'),
    ]);
    await screen.findByText('2 bedrifter');
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Bedrift').getAttribute('aria-sort')).toBe('ascending');

    fireEvent.click(within(header('Siste aktivitet')).getByRole('button'));

    await waitFor(() => expect(rowNames()).toEqual(['Bedrift p2', 'Elverum Tre AS']));
    expect(currentLocation()).toBe('/companies?sort=activity');
    expect(header('Siste aktivitet').getAttribute('aria-sort')).toBe('descending');
    expect(header('Bedrift').getAttribute('aria-sort')).toBe('none');

    // Name sorts both ways: the first click ascending, the next descending.
    fireEvent.click(within(header('Bedrift')).getByRole('button'));
    await waitFor(() => expect(currentLocation()).toBe('/companies'));
    fireEvent.click(within(header('Bedrift')).getByRole('button'));
    await waitFor(() => expect(currentLocation()).toBe('/companies?sort=name-desc'));
    expect(header('Bedrift').getAttribute('aria-sort')).toBe('descending');
  });

  it('searches as you type, after a pause, and keeps the search in the address', async () => {
    renderAt('/companies', [
      listMock({}, page([elverumTre, prospect('p2')], 61, false)),
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

  it('says when the filter finds nothing', async () => {
    renderAt('/companies?q=xyz', [listMock({ filter: { text: 'xyz' } }, page([], 0, false))]);

    expect(await screen.findByText('Ingen bedrifter passer filteret.')).toBeTruthy();
    expect(screen.getByText('0 bedrifter')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows names, numbers and dates in English when English is chosen', async () => {
    await changeLanguage('en');
    renderAt('/companies', [listMock({}, page([elverumTre], 1, false))]);

    expect(await screen.findByText('1 company')).toBeTruthy();
    const [, stage, chipsCell, , jobs, , lastActivity] = cellsOf('Elverum Tre AS');
    expect(stage.textContent).toBe('In dialogue');
    expect(within(chipsCell).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Bioeconomy', 'Public health']);
    expect(jobs.textContent).toBe('1,200');
    expect(lastActivity.textContent).toBe('05/06/2015');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toBeTruthy();
  });

  it('says the server cannot be reached on a network error, and tries again on request', async () => {
    renderAt('/companies', [
      { request: { query: CompanyListQuery, variables: { first: companyPageSize, filter: {}, orderBy: 'NAME_ASC' } }, error: new TypeError('Failed to fetch') },
      listMock({}, page([elverumTre], 1, false)),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Får ikke kontakt med serveren.');
    expect(alert.textContent).not.toContain('Failed to fetch');

    fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByText('1 bedrift')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a list of 10 000 companies', () => {
  const total = 10_000;

  /** Any page of the 10 000: the cursor of a company is its number. */
  const anyPage: MockLink.MockedResponse = {
    request: { query: CompanyListQuery, variables: (variables: Record<string, unknown>) => variables.first === companyPageSize },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: ({ after }: Record<string, unknown>) => {
      const from = after ? Number(after) : 0;
      const to = Math.min(from + companyPageSize, total);
      const nodes = Array.from({ length: to - from }, (_, i) => prospect(uuid(`n${from + i + 1}`), { name: `Bedrift ${from + i + 1}` }));
      return {
        data: {
          prospects: {
            __typename: 'ProspectConnection',
            totalCount: total,
            pageInfo: { __typename: 'PageInfo', endCursor: String(to), hasNextPage: to < total },
            edges: nodes.map((node, i) => ({ __typename: 'ProspectEdge', cursor: String(from + i + 1), node })),
          },
        },
      };
    },
  };

  it('keeps at most 60 rows in the page wherever it is scrolled, and fetches the next 200 as the loaded ones run out', async () => {
    const asked: unknown[] = [];
    const answer = anyPage.result as (variables: Record<string, unknown>) => MockLink.MockedResponse['result'];
    renderAt('/companies', [
      {
        ...anyPage,
        result: (variables: Record<string, unknown>) => {
          asked.push(variables.after ?? null);
          return answer(variables);
        },
      } as MockLink.MockedResponse,
    ]);

    // getByText reads the no-break space in 10 000 as a plain space.
    expect(await screen.findByText('10 000 bedrifter')).toBeTruthy();
    const rows = () => document.querySelectorAll('tr').length;
    const scroller = screen.getByRole('region', { name: 'Bedrifter' });
    expect(rows()).toBeGreaterThan(10);
    expect(rows()).toBeLessThanOrEqual(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(total + 1));
    expect(asked).toEqual([null]);

    const scrollTo = async (top: number) => {
      scroller.scrollTop = top;
      fireEvent.scroll(scroller);
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    };

    // Near the end of the first 200: the next page is asked for, after the last cursor.
    await scrollTo(44 * 150);
    await waitFor(() => expect(asked).toEqual([null, '200']));
    await scrollTo(44 * 200);
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'Bedrift 201' })).toBeTruthy());
    expect(rows()).toBeLessThanOrEqual(60);

    // Far ahead of what is loaded: rows say they are on their way, still only a few of them.
    for (const top of [44 * 5000, 44 * total]) {
      await scrollTo(top);
      expect(rows()).toBeLessThanOrEqual(60);
    }
    const last = [...document.querySelectorAll('tbody tr[aria-rowindex]')].at(-1)!;
    expect(last.getAttribute('aria-rowindex')).toBe(String(total + 1));
    expect(last.textContent).toBe('Henter …');
  }, 30_000);
});
