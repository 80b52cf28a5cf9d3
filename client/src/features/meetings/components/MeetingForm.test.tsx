import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { companyPageMock, kari, meetingCompanyMock, meetingTeamMock, ola, prospect } from '../../../test/story1Fixtures';
import { renderApp, viewers } from '../../../test/renderApp';
import { CreateMeetingMutation } from '../hooks/useCreateMeeting';
import { osloDateAndTime } from '../osloTime';

const newMeeting = {
  __typename: 'MeetingEvent',
  at: '2026-11-26T12:00:00.000Z',
  meeting: {
    __typename: 'Meeting',
    id: 'm-new',
    version: 1,
    kind: 'DIALOGUE_MEETING',
    startsAt: '2026-11-26T12:00:00.000Z',
    minutes: 'Gikk gjennom tomtevalg.',
    outcome: null,
    nextStep: 'Send tilbud',
    followUpDate: '2026-12-03',
    followUpDone: false,
    users: [{ __typename: 'User', id: viewers.LEADER.id, name: viewers.LEADER.name }],
    contacts: [{ __typename: 'Contact', id: 'c1', name: 'Kari Nordmann' }],
  },
};

function createMock(sent: Record<string, unknown>[]): MockLink.MockedResponse {
  return {
    request: { query: CreateMeetingMutation, variables: () => true },
    result: (variables) => {
      sent.push(variables);
      return {
        data: {
          createMeeting: {
            __typename: 'Meeting',
            id: 'm-new',
            version: 1,
            kind: 'DIALOGUE_MEETING',
            startsAt: '2026-11-26T12:00:00.000Z',
            followUpDate: '2026-12-03',
            followUpDone: false,
            prospects: [{ __typename: 'Prospect', id: 'p1' }],
          },
        },
      };
    },
  };
}

const openCompany = async (mocks: MockLink.MockedResponse[]) => {
  renderApp('/companies/p1', { viewer: viewers.LEADER, mocks });
  await screen.findByRole('heading', { level: 1, name: 'Elverum Tre AS' });
};

describe('Log meeting, with the keyboard alone', () => {
  it('opens from the company page, tabs through labelled fields in reading order, saves with Enter, and updates the timeline', { timeout: 15_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    await openCompany([
      companyPageMock(prospect()),
      meetingTeamMock,
      meetingCompanyMock({ id: 'p1', name: 'Elverum Tre AS', contacts: [kari, ola] }),
      createMock(sent),
      // The timeline is asked for again once the meeting is logged.
      companyPageMock(prospect({ timeline: [newMeeting, ...prospect().timeline] })),
    ]);
    const opener = screen.getByRole('button', { name: 'Logg møte' });
    opener.focus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Logg møte med Elverum Tre AS' });
    // The team and the company's contacts come from two queries: wait for both before tabbing.
    await within(dialog).findByRole('checkbox', { name: /Kari Nordmann/ });
    await within(dialog).findByRole('checkbox', { name: `${viewers.LEADER.name} (deg)` });
    const focused = () => document.activeElement as HTMLElement;
    const label = () => {
      const element = focused();
      const text = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : element.closest('label')?.textContent;
      return text?.trim();
    };

    // The kind first, then date and time (now, Norwegian time), then who took part.
    expect(label()).toBe('Type møte');
    expect((focused() as HTMLSelectElement).value).toBe('DIALOGUE_MEETING');
    await user.tab();
    expect(label()).toBe('Dato');
    expect((focused() as HTMLInputElement).value).toBe(osloDateAndTime(new Date()).date);
    await user.tab();
    expect(label()).toBe('Klokkeslett');
    await user.tab();
    expect(label()).toBe(`${viewers.LEADER.name} (deg)`);
    expect((focused() as HTMLInputElement).checked).toBe(true);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(label()).toMatch(/^Kari Nordmann/);
    await user.keyboard(' ');
    await user.tab();
    expect(label()).toMatch(/^Ola Hansen/);
    await user.tab();
    expect(label()).toBe('Referat');
    await user.keyboard('Gikk gjennom tomtevalg.');
    await user.tab();
    expect(label()).toBe('Utfall');
    await user.tab();
    expect(label()).toBe('Neste steg');
    await user.keyboard('Send tilbud');
    await user.tab();
    expect(label()).toBe('Oppfølging innen');
    await user.keyboard('2026-12-03');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[0]!.input).toMatchObject({
      kind: 'DIALOGUE_MEETING',
      prospectIds: ['p1'],
      userIds: [viewers.LEADER.id],
      contactIds: ['c1'],
      minutes: 'Gikk gjennom tomtevalg.',
      outcome: null,
      nextStep: 'Send tilbud',
      followUpDate: '2026-12-03',
    });
    // Back where the user was, told it went well, and the timeline shows the meeting.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Logg møte' }));
    expect(await screen.findByText('Møtet er lagret.')).toBeTruthy();
    const timeline = screen.getByRole('heading', { level: 2, name: 'Tidslinje' }).closest('section')!;
    await waitFor(() => expect(within(timeline).getAllByRole('heading', { name: 'Dialogmøte' })).toHaveLength(2));
    expect(within(timeline).getByText('Gikk gjennom tomtevalg.')).toBeTruthy();
  });

  it('closes on Escape without saving, the focus back on the button that opened it', async () => {
    const user = userEvent.setup({ delay: null });
    await openCompany([
      companyPageMock(prospect()),
      meetingTeamMock,
      meetingCompanyMock({ id: 'p1', name: 'Elverum Tre AS', contacts: [kari] }),
    ]);
    const opener = screen.getByRole('button', { name: 'Logg møte' });
    opener.focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('opens with m on a company page with that company filled in', async () => {
    const user = userEvent.setup({ delay: null });
    await openCompany([
      companyPageMock(prospect()),
      meetingTeamMock,
      meetingCompanyMock({ id: 'p1', name: 'Elverum Tre AS', contacts: [kari] }),
    ]);
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('m');
    const dialog = await screen.findByRole('dialog', { name: 'Logg møte' });
    const picker = within(dialog).getByRole('combobox', { name: 'Bedrift' }) as HTMLInputElement;
    await waitFor(() => expect(picker.value).toBe('Elverum Tre AS'));
    expect(within(dialog).getByText('Valgt: Elverum Tre AS')).toBeTruthy();
    expect(await within(dialog).findByRole('checkbox', { name: /Kari Nordmann/ })).toBeTruthy();
  });

  it('asks for the company before saving, and says where', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/meetings', { viewer: viewers.LEADER, mocks: [meetingTeamMock] });
    await screen.findByRole('heading', { level: 1, name: 'Møter' });
    await user.keyboard('m');
    const dialog = await screen.findByRole('dialog', { name: 'Logg møte' });
    await user.click(within(dialog).getByRole('button', { name: 'Lagre møtet' }));
    const picker = within(dialog).getByRole('combobox', { name: 'Bedrift' });
    await waitFor(() => expect(document.activeElement).toBe(picker));
    expect(picker.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Velg bedriften møtet gjelder.')).toBeTruthy();
  });
});
