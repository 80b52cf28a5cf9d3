import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateContactMutation } from '../../features/contacts/hooks/useContactMutations';
import { ArchiveProspectMutation, RestoreProspectMutation } from '../../features/prospect/hooks/useArchiveProspect';
import { LatestProspectQuery } from '../../features/prospect/hooks/useLatestProspect';
import { MoveProspectMutation } from '../../features/prospect/hooks/useMoveProspect';
import { UpdateProspectMutation } from '../../features/prospect/hooks/useUpdateProspect';
import { renderApp, viewers } from '../../test/renderApp';
import { companyPageMock, formOptionsMock, kari, ola, prospect, stageById } from '../../test/story1Fixtures';

const nbsp = '\u00a0';

const openPage = async (mocks: MockLink.MockedResponse[], viewer = viewers.LEADER) => {
  const rendered = renderApp('/companies/p1', { viewer, mocks });
  await screen.findByRole('heading', { level: 1, name: 'Elverum Tre AS' });
  return rendered;
};
const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
const errorOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

function moveMock(input: Record<string, unknown>, answer: ReturnType<typeof prospect>): MockLink.MockedResponse {
  return {
    request: { query: MoveProspectMutation, variables: { input: { id: 'p1', version: 2, ...input } } },
    result: { data: { moveProspect: answer } },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('CompanyPage: what the team sees', () => {
  it('shows the header, contacts, the timeline (newest first) and the stage history, in Norwegian formats', async () => {
    await openPage([companyPageMock(prospect({ stale: true }))]);

    expect(screen.getByText((_, element) => element?.textContent === `Org.nr. 999${nbsp}900${nbsp}003`)).toBeTruthy();
    expect(screen.getByText('Ingen aktivitet på lenge')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Fokusområder' })).getByText('Bioøkonomi')).toBeTruthy();
    expect(screen.getByText('Anslåtte arbeidsplasser').nextElementSibling?.textContent).toBe(`1${nbsp}200`);
    // Employees unknown in the register: "unknown", not 0.
    expect(screen.getByText('Ukjent')).toBeTruthy();

    const contacts = section('Kontaktpersoner');
    const [first, second] = within(contacts).getAllByRole('listitem');
    expect(within(first!).getByRole('link', { name: 'kari@tre.example' }).getAttribute('href')).toBe('mailto:kari@tre.example');
    // Do not contact: said plainly, and no links to write or call.
    expect(within(second!).getByText('Ikke kontakt')).toBeTruthy();
    expect(within(second!).queryAllByRole('link')).toEqual([]);
    expect(within(second!).getByText('ola@tre.example')).toBeTruthy();

    const items = within(section('Tidslinje')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual([
      `05.06.2015 kl.${nbsp}13.00`,
      `28.05.2015 kl.${nbsp}11.30`,
      `21.05.2015 kl.${nbsp}12.00`,
    ]);
    expect(within(items[0]!).getByRole('heading', { name: 'Dialogmøte' })).toBeTruthy();
    expect(items[0]!.textContent).toContain('Send tilbud');
    expect(items[0]!.textContent).toContain('12.06.2015');
    expect(items[1]!.textContent).toContain('Flyttet fra Identifisert til Kontaktet');
    expect(items[2]!.textContent).toContain('Endret nettsted');

    const rows = within(section('Fasehistorikk')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [`20.05.2015 kl.${nbsp}10.00`, 'Opprettet', 'Identifisert', 'Lea Leder'],
      [`28.05.2015 kl.${nbsp}11.30`, 'Identifisert', 'Kontaktet', 'Mona Medlem'],
    ]);
    expect(screen.getByRole('link', { name: 'Last ned møtene (.ics)' }).getAttribute('href')).toBe('/calendar/prospects/p1.ics');
  });

  it('adds a contact person, marked do-not-contact, with an idempotency key', async () => {
    const added = { ...ola, id: 'c3', name: 'Per Berg', email: null, phone: null, title: 'Eiendomssjef', doNotContact: true };
    const sent: Record<string, unknown>[] = [];
    await openPage([
      companyPageMock(prospect()),
      {
        request: { query: CreateContactMutation, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return { data: { createContact: added } };
        },
      },
      // The timeline is asked for again (an added contact is an edit).
      companyPageMock(prospect({ contacts: [kari, ola, added] })),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Legg til kontaktperson' }));
    fireEvent.change(screen.getByLabelText('Navn (må fylles ut)'), { target: { value: 'Per Berg' } });
    fireEvent.change(screen.getByLabelText('Rolle eller tittel'), { target: { value: 'Eiendomssjef' } });
    fireEvent.click(screen.getByLabelText('Ikke kontakt'));
    fireEvent.click(screen.getByRole('button', { name: 'Legg til' }));

    expect(await screen.findByText('Per Berg er lagt til.')).toBeTruthy();
    expect(sent[0]).toMatchObject({
      input: { prospectId: 'p1', name: 'Per Berg', title: 'Eiendomssjef', email: null, phone: null, doNotContact: true },
    });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    const card = within(section('Kontaktpersoner')).getByText('Per Berg').closest('li')!;
    expect(within(card).getByText('Ikke kontakt')).toBeTruthy();
    // The keyboard is back where it started.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til kontaktperson' }));
  });

  it('archives the company after asking, with the version, and can restore it', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await openPage([
      companyPageMock(prospect()),
      {
        request: { query: ArchiveProspectMutation, variables: { id: 'p1', version: 2 } },
        result: { data: { archiveProspect: prospect({ archived: true, version: 3 }) } },
      },
      {
        request: { query: RestoreProspectMutation, variables: { id: 'p1', version: 3 } },
        result: { data: { restoreProspect: prospect({ archived: false, version: 4 }) } },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Arkiver' }));
    expect(await screen.findByText('Bedriften er arkivert.')).toBeTruthy();
    expect(confirm).toHaveBeenCalledWith(
      'Arkivere Elverum Tre AS? Bedriften forsvinner fra pipelinen, men blir med i statistikken og kan gjenopprettes.',
    );
    expect(screen.getByText('Arkivert')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Gjenopprett' }));
    expect(await screen.findByText('Bedriften er gjenopprettet.')).toBeTruthy();
    expect(screen.queryByText('Arkivert')).toBeNull();
  });
});

describe('CompanyPage: the stage stepper', () => {
  it('moves to an open stage with one click, with the version', async () => {
    await openPage([
      companyPageMock(prospect()),
      moveMock({ stageId: 's3' }, prospect({ stageId: 's3', version: 3 })),
    ]);
    const current = within(section('Fase')).getByText('Kontaktet').closest('li')!;
    expect(current.getAttribute('aria-current')).toBe('step');
    fireEvent.click(screen.getByRole('button', { name: 'Flytt til I dialog' }));
    expect(await screen.findByText('Bedriften er flyttet til I dialog.')).toBeTruthy();
    expect(within(section('Fase')).getByText('I dialog').closest('li')!.getAttribute('aria-current')).toBe('step');
  });

  it('asks for realized jobs and new residents before WON (0 is a fine answer), then offers to reopen', async () => {
    const won = prospect({
      stageId: 's6',
      version: 3,
      realizedJobs: 0,
      newResidents: 0,
      stageHistory: [
        ...prospect().stageHistory,
        { __typename: 'StageChange', id: 'h3', changedAt: '2016-01-01T10:00:00.000Z', from: stageById('s2'), to: stageById('s6'), by: null },
      ],
    });
    await openPage([companyPageMock(prospect()), moveMock({ stageId: 's6', realizedJobs: 0, newResidents: 0 }, won)]);

    fireEvent.click(screen.getByRole('button', { name: 'Flytt til Etablert' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flytt til Etablert' });
    const jobs = within(dialog).getByLabelText('Realiserte arbeidsplasser');
    const residents = within(dialog).getByLabelText('Nye innbyggere');
    expect(document.activeElement).toBe(jobs);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Etablert' }));
    expect(errorOf(jobs)).toBe('Skriv et helt tall (0 er lov).');
    expect(errorOf(residents)).toBe('Skriv et helt tall (0 er lov).');

    fireEvent.change(jobs, { target: { value: '0' } });
    fireEvent.change(residents, { target: { value: '0' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Etablert' }));

    expect(await screen.findByText('Bedriften er flyttet til Etablert.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    // Closed: the open stages are no longer buttons, "reopen" goes back where it came from.
    expect(screen.queryByRole('button', { name: 'Flytt til I dialog' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Gjenåpne (til Kontaktet)' })).toBeTruthy();
    expect(screen.getByText('Realiserte arbeidsplasser').nextElementSibling?.textContent).toBe('0');
  });

  it('asks for a reason before LOST, and shows the server\'s message in the dialog', async () => {
    await openPage([
      companyPageMock(prospect()),
      {
        request: { query: MoveProspectMutation, variables: { input: { id: 'p1', version: 2, stageId: 's7', lostReason: 'Valgte Hamar' } } },
        result: { errors: [{ message: 'Begrunnelsen kan ha høyst 500 tegn.', extensions: { code: 'BAD_USER_INPUT', field: 'lostReason' } }] },
      },
      moveMock({ stageId: 's7', lostReason: 'Valgte Hamar' }, prospect({ stageId: 's7', version: 3, lostReason: 'Valgte Hamar' })),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Flytt til Avsluttet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Flytt til Avsluttet' });
    const reason = within(dialog).getByLabelText('Begrunnelse for avslutning');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Avsluttet' }));
    expect(errorOf(reason)).toBe('Skriv en begrunnelse.');

    fireEvent.change(reason, { target: { value: 'Valgte Hamar' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Avsluttet' }));
    await waitFor(() => expect(errorOf(reason)).toBe('Begrunnelsen kan ha høyst 500 tegn.'));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Flytt til Avsluttet' }));
    expect(await screen.findByText('Bedriften er flyttet til Avsluttet.')).toBeTruthy();
    expect(screen.getByText('Valgte Hamar')).toBeTruthy();
  });

  it('closes the dialog on Escape without moving, and gives the focus back', async () => {
    await openPage([companyPageMock(prospect())]);
    const won = screen.getByRole('button', { name: 'Flytt til Etablert' });
    won.focus();
    fireEvent.click(won);
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(within(dialog).getByLabelText('Realiserte arbeidsplasser'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(won);
  });
});

describe('CompanyPage: editing with the version', () => {
  const conflict = {
    errors: [
      {
        message: 'Bedriften er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.',
        extensions: { code: 'CONFLICT' },
      },
    ],
  };
  // Meanwhile someone else changed the source and the website.
  const latest = prospect({ version: 3, source: 'Innovasjon Norge', website: 'www.tre-ny.example' });
  const latestMock: MockLink.MockedResponse = {
    request: { query: LatestProspectQuery, variables: { id: 'p1' } },
    result: { data: { prospect: latest } },
  };

  const editWebsiteAndSave = async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Rediger' }));
    const website = await screen.findByLabelText('Nettsted');
    fireEvent.change(website, { target: { value: 'www.mitt.example' } });
    fireEvent.change(screen.getByLabelText('Anslåtte arbeidsplasser'), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    return screen.findByText('Bedriften er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.');
  };

  it('sends only the changed fields with the version, and closes the form', async () => {
    await openPage([
      companyPageMock(prospect()),
      formOptionsMock,
      {
        request: { query: UpdateProspectMutation, variables: { input: { id: 'p1', version: 2, website: 'www.ny.example' } } },
        result: { data: { updateProspect: prospect({ version: 3, website: 'www.ny.example' }) } },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Rediger' }));
    fireEvent.change(await screen.findByLabelText('Nettsted'), { target: { value: 'www.ny.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    expect(await screen.findByText('Endringene er lagret.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lagre endringer' })).toBeNull();
    expect(screen.getByRole('link', { name: 'www.ny.example' }).getAttribute('href')).toBe('https://www.ny.example/');
  });

  it('on a conflict, "Behold mine endringer" loads the latest version and puts my changes back on top', async () => {
    await openPage([
      companyPageMock(prospect()),
      formOptionsMock,
      { request: { query: UpdateProspectMutation, variables: () => true }, result: conflict },
      latestMock,
      {
        request: {
          query: UpdateProspectMutation,
          variables: { input: { id: 'p1', version: 3, website: 'www.mitt.example', estimatedJobs: 40 } },
        },
        result: { data: { updateProspect: { ...latest, version: 4, website: 'www.mitt.example', estimatedJobs: 40 } } },
      },
    ]);
    const alert = (await editWebsiteAndSave()).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByRole('button', { name: 'Last inn på nytt' })).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Behold mine endringer' }));

    expect(
      await screen.findByText(
        'Siste versjon er lastet inn, med dine endringer i feltene nettsted, anslåtte arbeidsplasser. Se over og lagre på nytt.',
      ),
    ).toBeTruthy();
    expect((screen.getByLabelText('Nettsted') as HTMLInputElement).value).toBe('www.mitt.example');
    expect((screen.getByLabelText('Anslåtte arbeidsplasser') as HTMLInputElement).value).toBe('40');
    // What the other person changed and I did not is kept.
    expect((screen.getByLabelText('Kilde') as HTMLInputElement).value).toBe('Innovasjon Norge');

    fireEvent.click(screen.getByRole('button', { name: 'Lagre endringer' }));
    expect(await screen.findByText('Endringene er lagret.')).toBeTruthy();
  });

  it('on a conflict, "Last inn på nytt" shows the latest version and drops my changes', async () => {
    await openPage([
      companyPageMock(prospect()),
      formOptionsMock,
      { request: { query: UpdateProspectMutation, variables: () => true }, result: conflict },
      latestMock,
    ]);
    const alert = (await editWebsiteAndSave()).closest('[role="alert"]') as HTMLElement;
    fireEvent.click(within(alert).getByRole('button', { name: 'Last inn på nytt' }));

    expect(await screen.findByText('Siste versjon er lastet inn. Dine endringer er forkastet.')).toBeTruthy();
    expect((screen.getByLabelText('Nettsted') as HTMLInputElement).value).toBe('www.tre-ny.example');
    expect((screen.getByLabelText('Anslåtte arbeidsplasser') as HTMLInputElement).value).toBe('1200');
    expect(screen.queryByText(/endret av noen andre/)).toBeNull();
  });
});

describe('CompanyPage: the board', () => {
  it('reads the header, the stage and its history, and nothing of contacts, meetings or edits', async () => {
    await openPage([companyPageMock(prospect(), { board: true })], viewers.BOARD);

    expect(screen.getByText((_, element) => element?.textContent === `Org.nr. 999${nbsp}900${nbsp}003`)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Fase' })).toBeTruthy();
    expect(within(section('Fase')).queryAllByRole('button')).toEqual([]);
    expect(within(section('Fasehistorikk')).getAllByRole('row')).toHaveLength(3);

    expect(screen.queryByRole('heading', { name: 'Kontaktpersoner' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Tidslinje' })).toBeNull();
    for (const name of ['Rediger', 'Logg møte', 'Arkiver']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Endre|Slett) / })).toBeNull();
    expect(screen.queryByRole('link', { name: /\.ics/ })).toBeNull();
  });
});
