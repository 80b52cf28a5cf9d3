import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp, viewers } from '../../test/renderApp';
import { companyPageMock, kari, ola, prospect } from '../../test/story1Fixtures';
import { ErasePersonMutation, ExportPersonQuery, exportFileName } from './hooks/usePersonPrivacy';

beforeAll(() => import('../../app/routes/CompanyPage'), 30_000);
afterEach(() => vi.restoreAllMocks());

const openPage = async (mocks: MockLink.MockedResponse[], viewer = viewers.LEADER) => {
  renderApp('/companies/p1', { viewer, mocks });
  await screen.findByRole('heading', { level: 1, name: 'Elverum Tre AS' });
};
const contacts = () => screen.getByRole('heading', { level: 2, name: 'Kontaktpersoner' }).closest('section')!;

describe('a contact person’s rights (export, erasure)', () => {
  it('downloads everything about the person as JSON', async () => {
    const exported = { contact: { id: 'c1', name: 'Kari Nordmann' }, meetings: [], auditEntries: [] };
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await openPage([
      companyPageMock(prospect()),
      { request: { query: ExportPersonQuery, variables: { contactId: 'c1' } }, result: { data: { exportPerson: exported } } },
    ]);

    fireEvent.click(within(contacts()).getByRole('button', { name: 'Eksporter data (JSON) om Kari Nordmann' }));

    expect(await screen.findByText('Dataene om Kari Nordmann er lastet ned.')).toBeTruthy();
    expect(clicked[0]!.download).toMatch(/^kontaktperson-kari-nordmann-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(await blob!.text())).toEqual(exported);
  });

  it('erases the person after a confirmation, with the version, and removes the card', async () => {
    const sent: Record<string, unknown>[] = [];
    await openPage([
      companyPageMock(prospect()),
      {
        request: { query: ErasePersonMutation, variables: () => true },
        result: (variables) => {
          sent.push(variables);
          return {
            data: {
              erasePerson: {
                __typename: 'ErasePersonResult',
                contactId: 'c1',
                meetingLinksRemoved: 2,
                meetingsRedacted: 1,
                auditEntriesAnonymised: 3,
              },
            },
          };
        },
      },
      // The timeline is asked for again (it named the person).
      companyPageMock(prospect({ contacts: [ola] })),
    ]);

    fireEvent.click(within(contacts()).getByRole('button', { name: 'Slett person Kari Nordmann' }));
    const dialog = screen.getByRole('dialog', { name: 'Slette Kari Nordmann for godt?' });
    // The safe choice has the focus.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett personen' }));

    expect(await screen.findByText('Kari Nordmann er slettet fra Magnet (2 møter, 3 loggoppføringer).')).toBeTruthy();
    expect(sent).toEqual([{ contactId: 'c1', version: 1 }]);
    await waitFor(() => expect(within(contacts()).queryByText('Kari Nordmann')).toBeNull());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('cancelling the erasure sends nothing', async () => {
    await openPage([companyPageMock(prospect())]);
    fireEvent.click(within(contacts()).getByRole('button', { name: 'Slett person Kari Nordmann' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(contacts()).getByText('Kari Nordmann')).toBeTruthy();
  });

  it('offers neither to a member (the server refuses them too)', async () => {
    await openPage([companyPageMock(prospect())], viewers.MEMBER);
    expect(within(contacts()).getByRole('button', { name: 'Endre Kari Nordmann' })).toBeTruthy();
    expect(within(contacts()).queryByRole('button', { name: /Eksporter data/ })).toBeNull();
    expect(within(contacts()).queryByRole('button', { name: /Slett person/ })).toBeNull();
  });
});

describe('exportFileName', () => {
  it('names the file after the person in ASCII, and the day', () => {
    expect(exportFileName('Åse Ødegård-Bø', new Date('2026-11-26T12:00:00Z'))).toBe('kontaktperson-ase-odegard-bo-2026-11-26.json');
  });
});
