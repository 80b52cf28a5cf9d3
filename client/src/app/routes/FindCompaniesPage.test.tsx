import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CreateProspectFromRegisterMutation } from '../../features/prospect-candidates/hooks/useCreateProspectFromRegister';
import {
  CandidateMunicipalitiesQuery,
  candidatePageSize,
  ProspectCandidatesQuery,
} from '../../features/prospect-candidates/hooks/useProspectCandidates';
import { currentLocation, renderApp, viewers } from '../../test/renderApp';

beforeAll(() => import('./FindCompaniesPage'), 30_000);

const bioeconomy = { __typename: 'FocusArea', id: 'fa-bio', nameNb: 'Bioøkonomi', nameEn: 'Bioeconomy', color: '#2e7d32' };
const elverum = { __typename: 'Municipality', number: '3420', name: 'Elverum' };

function candidate(orgNumber: string, name: string, fields: Record<string, unknown> = {}) {
  return {
    __typename: 'RegisterCompany',
    orgNumber,
    name,
    legalForm: 'AS',
    industryCode: '16.110',
    industryText: 'Saging og høvling av tre',
    employees: 23,
    municipality: elverum,
    suggestedFocusArea: bioeconomy,
    bankrupt: false,
    underLiquidation: false,
    deletedOn: null,
    ...fields,
  };
}

const tre = candidate('999900003', 'EKSEMPEL TRE OG BIO AS');
const ukjent = candidate('999900143', 'UKJENT ANSATTE AS', { employees: null, suggestedFocusArea: null, industryCode: '86.992' });

function candidatesMock(filter: object, nodes: object[], totalCount = nodes.length, after?: string, hasNextPage = false) {
  return {
    request: { query: ProspectCandidatesQuery, variables: { filter, first: candidatePageSize, ...(after ? { after } : {}) } },
    result: {
      data: {
        prospectCandidates: {
          __typename: 'RegisterCompanyConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', endCursor: `end-${after ?? 0}`, hasNextPage },
          edges: nodes.map((node, i) => ({ __typename: 'RegisterCompanyEdge', cursor: `c${i}`, node })),
        },
      },
    },
  } satisfies MockLink.MockedResponse;
}

const municipalitiesMock: MockLink.MockedResponse = {
  request: { query: CandidateMunicipalitiesQuery },
  result: {
    data: {
      municipalities: [
        { ...elverum, inRegion: true },
        { __typename: 'Municipality', number: '3419', name: 'Våler', inRegion: true },
      ],
    },
  },
  maxUsageCount: 5,
};

const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

describe('FindCompaniesPage', () => {
  it('lists the register entities not in the pipeline, with the suggested focus area, and makes one a company', async () => {
    const sent: Record<string, unknown>[] = [];
    renderApp('/companies/find', {
      viewer: viewers.MEMBER,
      mocks: [
        municipalitiesMock,
        candidatesMock({}, [tre, ukjent]),
        {
          request: { query: CreateProspectFromRegisterMutation, variables: () => true },
          result: (variables) => {
            sent.push(variables);
            return { data: { createProspectFromRegister: { __typename: 'Prospect', id: 'p9', name: 'EKSEMPEL TRE OG BIO AS' } } };
          },
        },
      ],
    });

    expect(await screen.findByText('2 virksomheter')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Finn nye bedrifter' })).toBeTruthy();
    const cells = within(row('EKSEMPEL TRE')).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      '999\u00a0900\u00a0003',
      '16.110 Saging og høvling av tre',
      '23',
      'Elverum',
      'Bioøkonomi',
      'Gjør til bedrift',
    ]);
    // Unknown is not 0.
    expect(within(row('UKJENT')).getByText('Ukjent')).toBeTruthy();

    // The suggestion is only used when ticked.
    const suggestion = screen.getByRole('checkbox', { name: 'Merk EKSEMPEL TRE OG BIO AS med Bioøkonomi' }) as HTMLInputElement;
    expect(suggestion.checked).toBe(false);
    fireEvent.click(suggestion);
    fireEvent.click(screen.getByRole('button', { name: 'Gjør til bedrift: EKSEMPEL TRE OG BIO AS' }));

    expect(await screen.findByText('EKSEMPEL TRE OG BIO AS er nå en bedrift i første fase.')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ orgNumber: '999900003', focusAreaIds: ['fa-bio'] });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    // The row stays, marked as added, with a link to the new company.
    expect(within(row('EKSEMPEL TRE')).getByText('Lagt til')).toBeTruthy();
    expect(within(row('EKSEMPEL TRE')).getByRole('link', { name: 'Åpne EKSEMPEL TRE OG BIO AS' }).getAttribute('href')).toBe(
      '/companies/p9',
    );
    expect(within(row('EKSEMPEL TRE')).queryByRole('button')).toBeNull();
  });

  it('appends the next page below the first on «Vis flere»', async () => {
    renderApp('/companies/find', {
      viewer: viewers.MEMBER,
      mocks: [municipalitiesMock, candidatesMock({}, [tre], 2, undefined, true), candidatesMock({}, [ukjent], 2, 'end-0')],
    });
    expect(await screen.findByText('2 virksomheter')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Vis flere' }));
    await screen.findByRole('rowheader', { name: /UKJENT/ });
    expect(screen.getByRole('rowheader', { name: /EKSEMPEL TRE/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
  });

  it('filters by industry code, size and municipality, keeping the filter in the address', async () => {
    renderApp('/companies/find', {
      viewer: viewers.LEADER,
      mocks: [
        municipalitiesMock,
        candidatesMock({}, [tre, ukjent]),
        candidatesMock({ industryCodes: ['16', '52.1'], minEmployees: 10, municipalities: ['3420'] }, [tre]),
      ],
    });
    await screen.findByText('2 virksomheter');
    fireEvent.change(screen.getByLabelText('Næringskode'), { target: { value: '16, 52.1' } });
    fireEvent.change(screen.getByLabelText('Minst antall ansatte'), { target: { value: '10' } });
    await screen.findByRole('option', { name: 'Elverum' });
    fireEvent.change(screen.getByLabelText('Kommune'), { target: { value: '3420' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis' }));

    expect(await screen.findByText('1 virksomhet')).toBeTruthy();
    expect(currentLocation()).toBe('/companies/find?industry=16%2C52.1&min=10&municipality=3420');
    expect(screen.queryByRole('rowheader', { name: /UKJENT/ })).toBeNull();
  });

  it('shows the server’s message when a company was made by someone else meanwhile', async () => {
    renderApp('/companies/find', {
      viewer: viewers.LEADER,
      mocks: [
        municipalitiesMock,
        candidatesMock({}, [tre]),
        {
          request: { query: CreateProspectFromRegisterMutation, variables: () => true },
          result: { errors: [{ message: 'EKSEMPEL TRE OG BIO AS er allerede en bedrift i Magnet.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Gjør til bedrift: EKSEMPEL TRE OG BIO AS' }));
    expect((await screen.findByRole('alert')).textContent).toBe('EKSEMPEL TRE OG BIO AS er allerede en bedrift i Magnet.');
  });

  it('points to the register import when the copy is empty', async () => {
    renderApp('/companies/find', { viewer: viewers.LEADER, mocks: [municipalitiesMock, candidatesMock({}, [])] });
    expect(await screen.findByText(/Registerkopien er tom/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå til registerimport' }).getAttribute('href')).toBe('/settings/register-import');
  });

  it('is not for the board', async () => {
    renderApp('/companies/find', { viewer: viewers.BOARD, mocks: [] });
    expect(await screen.findByRole('heading', { name: /tilgang/i })).toBeTruthy();
  });
});
