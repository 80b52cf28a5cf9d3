import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateProspectMutation } from '../../features/prospect/hooks/useCreateProspect';
import { RegisterMunicipalitiesQuery } from '../../features/register/hooks/useMunicipalities';
import { RegisterLookupQuery } from '../../features/register/hooks/useRegisterLookup';
import { RegisterSearchQuery } from '../../features/register/hooks/useRegisterSearch';
import { currentLocation, renderApp, viewers } from '../../test/renderApp';
import { formOptionsMock, municipalities } from '../../test/story1Fixtures';

const found = {
  __typename: 'RegisterEntity',
  orgNumber: '999900003',
  name: 'EKSEMPEL TRE OG BIO AS',
  personalName: false,
  legalForm: 'AS',
  industryCode: '16.110',
  industryText: 'Saging og høvling av tre',
  employees: null,
  website: 'www.eksempeltre.example',
  address: 'Sagvegen 1',
  postalCode: '2408',
  postalPlace: 'ELVERUM',
  municipalityNumber: '3420',
  municipalityName: 'ELVERUM',
  bankrupt: false,
  underLiquidation: false,
};

function lookupMock(
  orgNumber: string,
  answer: { status: string; message?: string | null; deletedOn?: string | null; entity?: object | null },
): MockLink.MockedResponse {
  return {
    request: { query: RegisterLookupQuery, variables: { orgNumber } },
    result: {
      data: {
        registerLookup: {
          __typename: 'RegisterLookupResult',
          message: null,
          deletedOn: null,
          entity: null,
          ...answer,
        },
      },
    },
    delay: 30,
  };
}

const openForm = async (mocks: MockLink.MockedResponse[]) => {
  const rendered = renderApp('/companies/new', { viewer: viewers.LEADER, mocks: [formOptionsMock, ...mocks] });
  await screen.findByRole('heading', { level: 1, name: 'Ny bedrift' });
  await screen.findByLabelText('Organisasjonsnummer');
  return rendered;
};
const typeOrgNumber = (value: string) => fireEvent.change(screen.getByLabelText('Organisasjonsnummer'), { target: { value } });
const valueOf = (label: string | RegExp) => (screen.getByLabelText(label) as HTMLInputElement).value;
/** The error message a field is described by (Field puts it in aria-describedby). */
const errorOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

describe('NewCompanyPage: filling in from the register', () => {
  it('fills the form from the register once nine digits are typed (spaces allowed), showing the progress', async () => {
    await openForm([lookupMock('999900003', { status: 'FOUND', entity: found })]);
    typeOrgNumber('999 900 003');

    expect((await screen.findByText(/Henter 999 900 003 fra Enhetsregisteret/)).getAttribute('role')).toBe('status');
    expect(await screen.findByText('Fylt ut fra Enhetsregisteret: EKSEMPEL TRE OG BIO AS. Se over og fyll inn resten.')).toBeTruthy();

    expect(valueOf('Navn (må fylles ut)')).toBe('EKSEMPEL TRE OG BIO AS');
    expect(valueOf('Organisasjonsform')).toBe('AS');
    expect(valueOf('Næringskode')).toBe('16.110');
    expect(valueOf('Næring (tekst)')).toBe('Saging og høvling av tre');
    expect(valueOf('Adresse')).toBe('Sagvegen 1');
    expect(valueOf('Postnummer')).toBe('2408');
    expect(valueOf('Poststed')).toBe('ELVERUM');
    expect(valueOf('Kommunenummer')).toBe('3420');
    expect(valueOf('Nettsted')).toBe('www.eksempeltre.example');
    // The register has no count: unknown, which is not 0.
    expect(valueOf('Ansatte')).toBe('');
    // The number stays as typed.
    expect(valueOf('Organisasjonsnummer')).toBe('999 900 003');

    // The industry code suggests a focus area; it is offered, never ticked by itself.
    expect(screen.getByText(/Næringskode 16.110 passer med fokusområdet Bioøkonomi/)).toBeTruthy();
    const bio = screen.getByRole('checkbox', { name: 'Bioøkonomi' }) as HTMLInputElement;
    expect(bio.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Velg Bioøkonomi' }));
    expect(bio.checked).toBe(true);
  });

  it.each([
    [
      'deleted',
      {
        status: 'DELETED',
        message: 'Virksomheten er slettet i Enhetsregisteret. Sjekk at nummeret er riktig: en ny virksomhet får et nytt nummer.',
        deletedOn: '2024-06-30',
        entity: { ...found, orgNumber: '999900070', name: 'NEDLAGT SAG AS' },
      },
      'Virksomheten er slettet i Enhetsregisteret. Sjekk at nummeret er riktig: en ny virksomhet får et nytt nummer. Slettet 30.06.2024.',
    ],
    [
      'unknown',
      { status: 'NOT_FOUND', message: 'Fant ikke organisasjonsnummeret i Enhetsregisteret. Sjekk nummeret, eller fyll inn opplysningene selv.' },
      'Fant ikke organisasjonsnummeret i Enhetsregisteret. Sjekk nummeret, eller fyll inn opplysningene selv.',
    ],
    [
      'removed (410)',
      {
        status: 'REMOVED',
        message: 'Opplysningene om dette nummeret er fjernet fra Enhetsregisteret og kan ikke hentes. Fyll inn opplysningene selv.',
      },
      'Opplysningene om dette nummeret er fjernet fra Enhetsregisteret og kan ikke hentes. Fyll inn opplysningene selv.',
    ],
    [
      'invalid',
      { status: 'INVALID', message: 'Organisasjonsnummeret er ikke gyldig. Det har ni sifre og begynner med 8 eller 9.' },
      'Organisasjonsnummeret er ikke gyldig. Det har ni sifre og begynner med 8 eller 9.',
    ],
    [
      'unavailable',
      { status: 'UNAVAILABLE', message: 'Enhetsregisteret svarer ikke akkurat nå. Prøv igjen om litt, eller fyll inn opplysningene selv.' },
      'Enhetsregisteret svarer ikke akkurat nå. Prøv igjen om litt, eller fyll inn opplysningene selv.',
    ],
    [
      'unavailable, without a message from the server',
      { status: 'UNAVAILABLE', message: null },
      'Enhetsregisteret svarer ikke nå. Prøv igjen om litt, eller fyll inn selv.',
    ],
  ])('says so plainly when the company is %s, and fills in nothing', async (_, answer, text) => {
    await openForm([lookupMock('999900070', answer)]);
    typeOrgNumber('999900070');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(text);
    expect(valueOf('Navn (må fylles ut)')).toBe('');
  });

  it('offers to ask again when the register did not answer, and fills in when it does', async () => {
    await openForm([
      lookupMock('999900003', { status: 'UNAVAILABLE', message: 'Enhetsregisteret svarer ikke akkurat nå.' }),
      lookupMock('999900003', { status: 'FOUND', entity: found }),
    ]);
    typeOrgNumber('999900003');
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await waitFor(() => expect(valueOf('Navn (må fylles ut)')).toBe('EKSEMPEL TRE OG BIO AS'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('finds a company by name within a municipality and fills the form from the hit', async () => {
    await openForm([
      { request: { query: RegisterMunicipalitiesQuery }, result: { data: { municipalities } } },
      {
        request: { query: RegisterSearchQuery, variables: { name: 'tre', municipality: '3420' } },
        result: {
          data: {
            registerSearch: {
              __typename: 'RegisterSearchResult',
              status: 'OK',
              message: null,
              total: 1,
              entities: [{ ...found, employees: 23 }],
            },
          },
        },
      },
      lookupMock('999900003', { status: 'FOUND', entity: { ...found, employees: 23 } }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Søk på navn i stedet' }));
    const search = screen.getByRole('search');
    fireEvent.change(within(search).getByLabelText('Navn'), { target: { value: 'tre' } });
    await within(search).findByRole('option', { name: 'Elverum' });
    fireEvent.change(within(search).getByLabelText('Kommune'), { target: { value: '3420' } });
    // Enter searches; it does not submit the company.
    fireEvent.keyDown(within(search).getByLabelText('Navn'), { key: 'Enter' });

    fireEvent.click(await screen.findByRole('button', { name: 'Velg EKSEMPEL TRE OG BIO AS, 999\u00a0900\u00a0003' }));
    expect(screen.queryByRole('search')).toBeNull();
    expect(valueOf('Organisasjonsnummer')).toBe('999900003');
    expect(valueOf('Navn (må fylles ut)')).toBe('EKSEMPEL TRE OG BIO AS');
    expect(valueOf('Ansatte')).toBe('23');
  });
});

describe('NewCompanyPage: creating the company', () => {
  it('creates it once with the form\'s idempotency key, the register\'s facts and my choices, then opens its page', async () => {
    const sent: Record<string, unknown>[] = [];
    await openForm([
      lookupMock('999900003', { status: 'FOUND', entity: found }),
      {
        request: { query: CreateProspectMutation, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return { data: { createProspect: { __typename: 'Prospect', id: 'p-new', name: 'EKSEMPEL TRE OG BIO AS' } } };
        },
        delay: 50,
      },
    ]);
    typeOrgNumber('999 900 003');
    await screen.findByText(/Fylt ut fra Enhetsregisteret/);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Forsvarslogistikk' }));
    fireEvent.change(screen.getByLabelText('Målgruppe'), { target: { value: 'EXPANDING_COMPANY' } });
    fireEvent.change(screen.getByLabelText('Vertskommune'), { target: { value: '3422' } });
    fireEvent.change(screen.getByLabelText('Kilde'), { target: { value: 'Nettverksmøte' } });
    fireEvent.change(screen.getByLabelText('Anslåtte arbeidsplasser'), { target: { value: '1\u00a0200' } });
    fireEvent.change(screen.getByLabelText('Forventet beslutning'), { target: { value: '2016-03-01' } });
    // The owner is me unless I choose otherwise.
    expect((screen.getByLabelText('Ansvarlig') as HTMLSelectElement).value).toBe(viewers.LEADER.id);

    const submit = screen.getByRole('button', { name: 'Opprett bedrift' });
    fireEvent.click(submit);
    fireEvent.click(submit); // a double click

    await waitFor(() => expect(currentLocation()).toBe('/companies/p-new'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sent[0]!.input).toEqual({
      orgNumber: '999900003',
      name: 'EKSEMPEL TRE OG BIO AS',
      legalForm: 'AS',
      industryCode: '16.110',
      industryText: 'Saging og høvling av tre',
      employees: null,
      address: 'Sagvegen 1',
      postalCode: '2408',
      postalPlace: 'ELVERUM',
      municipality: '3420',
      website: 'www.eksempeltre.example',
      focusAreaIds: ['fa3'],
      targetGroup: 'EXPANDING_COMPANY',
      targetMunicipality: '3422',
      ownerId: viewers.LEADER.id,
      source: 'Nettverksmøte',
      estimatedJobs: 1200,
      expectedDecisionDate: '2016-03-01',
    });
  });

  it("shows the server's message at the field it names, and retries with the same key", async () => {
    const keys: unknown[] = [];
    const refused = {
      message: 'Det finnes allerede en aktiv bedrift med organisasjonsnummer 999 900 003: Eksempel AS.',
      extensions: { code: 'BAD_USER_INPUT', field: 'orgNumber' },
    };
    await openForm([
      lookupMock('999900003', { status: 'FOUND', entity: found }),
      {
        request: { query: CreateProspectMutation, variables: () => true },
        result: (variables) => {
          keys.push(variables.idempotencyKey);
          return { data: null, errors: [refused] };
        },
      },
      {
        request: { query: CreateProspectMutation, variables: () => true },
        result: (variables) => {
          keys.push(variables.idempotencyKey);
          return {
            data: null,
            errors: [{ message: 'employees: Antall ansatte kan ikke være negativt.', extensions: { code: 'BAD_USER_INPUT', field: 'employees' } }],
          };
        },
      },
    ]);
    typeOrgNumber('999900003');
    await screen.findByText(/Fylt ut fra Enhetsregisteret/);
    fireEvent.click(screen.getByRole('button', { name: 'Opprett bedrift' }));

    const orgNumber = screen.getByLabelText('Organisasjonsnummer');
    await waitFor(() => expect(errorOf(orgNumber)).toBe(refused.message));
    expect(orgNumber.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(orgNumber);

    fireEvent.click(screen.getByRole('button', { name: 'Opprett bedrift' }));
    // The field path the server puts before a validation message is not repeated at the field.
    await waitFor(() => expect(errorOf(screen.getByLabelText('Ansatte'))).toBe('Antall ansatte kan ikke være negativt.'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('asks for a name and whole numbers before sending anything', async () => {
    await openForm([]);
    fireEvent.change(screen.getByLabelText('Ansatte'), { target: { value: 'mange' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett bedrift' }));
    expect(errorOf(screen.getByLabelText('Navn (må fylles ut)'))).toBe('Skriv navnet på bedriften.');
    expect(errorOf(screen.getByLabelText('Ansatte'))).toBe('Skriv et helt tall, for eksempel 12 (eller la feltet stå tomt).');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Navn (må fylles ut)')));
  });

  it('is not for the board', async () => {
    renderApp('/companies/new', { viewer: viewers.BOARD });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeTruthy();
  });
});
