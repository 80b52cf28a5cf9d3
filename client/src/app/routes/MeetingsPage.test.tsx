import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CreateMeetingMutation } from '../../features/meetings/hooks/useCreateMeeting';
import { MeetingCompanySearchQuery } from '../../features/meetings/hooks/useCompanySearch';
import { MarkFollowUpDoneMutation } from '../../features/meetings/hooks/useMarkFollowUpDone';
import { MyFollowUpsQuery } from '../../features/meetings/hooks/useMyFollowUps';
import { UpcomingMeetingsQuery } from '../../features/meetings/hooks/useUpcomingMeetings';
import { renderApp, viewers } from '../../test/renderApp';
import { kari, meetingCompanyMock, meetingTeamMock } from '../../test/story1Fixtures';

const nbsp = '\u00a0';

const company = (id: string, name: string) => ({ __typename: 'Prospect', id, name });
function followUp(id: string, nextStep: string | null, followUpDate: string, prospectName: string) {
  return {
    __typename: 'Meeting',
    id,
    version: 1,
    kind: 'DIALOGUE_MEETING',
    startsAt: '2015-06-05T11:00:00.000Z',
    nextStep,
    followUpDate,
    followUpDone: false,
    prospects: [company(`p-${id}`, prospectName)],
  };
}

const followUpsMock = (lists: { overdue?: object[]; thisWeek?: object[]; later?: object[] }): MockLink.MockedResponse => ({
  request: { query: MyFollowUpsQuery },
  result: { data: { myFollowUps: { __typename: 'FollowUps', overdue: [], thisWeek: [], later: [], ...lists } } },
});

const upcomingMock = (meetings: object[] = []): MockLink.MockedResponse => ({
  request: { query: UpcomingMeetingsQuery },
  result: { data: { upcomingMeetings: meetings } },
});

const overdue = followUp('m1', 'Send tilbud', '2015-06-01', 'Elverum Tre AS');
const thisWeek = followUp('m2', 'Ring daglig leder', '2015-06-10', 'Rena Logistikk AS');
const later = followUp('m3', null, '2015-08-01', 'Våler Helse AS');

describe('MeetingsPage', () => {
  it('lists my follow-ups overdue first, then this week, then later, and my upcoming meetings', async () => {
    renderApp('/meetings', {
      viewer: viewers.LEADER,
      mocks: [
        followUpsMock({ overdue: [overdue], thisWeek: [thisWeek], later: [later] }),
        upcomingMock([
          {
            __typename: 'Meeting',
            id: 'm9',
            kind: 'SITE_VISIT',
            startsAt: '2030-01-15T09:00:00.000Z',
            prospects: [company('p9', 'Terningmoen Lager AS')],
            users: [{ __typename: 'User', id: viewers.LEADER.id, name: viewers.LEADER.name }],
          },
        ]),
      ],
    });
    await screen.findByRole('heading', { level: 3, name: 'Forfalt (1)' });

    const followUps = screen.getByRole('heading', { level: 2, name: 'Mine oppfølginger' }).closest('section')!;
    expect(within(followUps).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Forfalt (1)',
      'Denne uken (1)',
      'Senere (1)',
    ]);
    const items = within(followUps).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Send tilbud', 'Ring daglig leder', 'Oppfølging']);
    expect(items[0]!.textContent).toContain('Frist 01.06.2015');
    expect(within(items[0]!).getByRole('link', { name: 'Elverum Tre AS' }).getAttribute('href')).toBe('/companies/p-m1');

    const upcoming = screen.getByRole('heading', { level: 2, name: 'Kommende møter' }).closest('section')!;
    expect(await within(upcoming).findByText('Befaring')).toBeTruthy();
    expect(upcoming.querySelector('time')?.textContent).toBe(`15.01.2030 kl.${nbsp}10.00`);

    expect(screen.getByRole('link', { name: 'Abonner/last ned mine møter (.ics)' }).getAttribute('href')).toBe('/calendar/my-meetings.ics');
  });

  it('marks a follow-up done with the meeting\'s version, and it leaves the list', async () => {
    renderApp('/meetings', {
      viewer: viewers.LEADER,
      mocks: [
        followUpsMock({ overdue: [overdue], thisWeek: [thisWeek] }),
        upcomingMock(),
        {
          request: { query: MarkFollowUpDoneMutation, variables: { id: 'm1', version: 1 } },
          result: { data: { updateMeeting: { __typename: 'Meeting', id: 'm1', version: 2, followUpDone: true } } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Merk som utført: Send tilbud (Elverum Tre AS)' }));

    expect(await screen.findByText('«Send tilbud» er merket som utført.')).toBeTruthy();
    expect(screen.queryByText('Send tilbud')).toBeNull();
    expect(screen.queryByRole('heading', { name: /Forfalt/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Denne uken (1)' })).toBeTruthy();
  });

  it('says so when there is nothing to follow up', async () => {
    renderApp('/meetings', { viewer: viewers.MEMBER, mocks: [followUpsMock({}), upcomingMock()] });
    expect(await screen.findByText('Du har ingen åpne oppfølginger.')).toBeTruthy();
    expect(await screen.findByText('Du har ingen kommende møter.')).toBeTruthy();
  });

  it('logs a meeting from anywhere with m, asking for the company first, all by keyboard; the follow-ups update', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    renderApp('/meetings', {
      viewer: viewers.LEADER,
      mocks: [
        followUpsMock({}),
        upcomingMock(),
        meetingTeamMock,
        {
          request: { query: MeetingCompanySearchQuery, variables: { text: 'elv' } },
          result: {
            data: {
              prospects: {
                __typename: 'ProspectConnection',
                edges: [
                  { __typename: 'ProspectEdge', node: { __typename: 'Prospect', id: 'p1', name: 'Elverum Tre AS', orgNumber: '999900003' } },
                  { __typename: 'ProspectEdge', node: { __typename: 'Prospect', id: 'p2', name: 'Elverum Helse AS', orgNumber: null } },
                ],
              },
            },
          },
        },
        meetingCompanyMock({ id: 'p2', name: 'Elverum Helse AS', contacts: [kari] }),
        {
          request: { query: CreateMeetingMutation, variables: () => true },
          result: (variables) => {
            sent.push(variables);
            return {
              data: {
                createMeeting: {
                  __typename: 'Meeting',
                  id: 'm-new',
                  version: 1,
                  kind: 'PHONE_CALL',
                  startsAt: '2026-11-26T12:00:00.000Z',
                  followUpDate: null,
                  followUpDone: false,
                  prospects: [company('p2', 'Elverum Helse AS')],
                },
              },
            };
          },
        },
        // The follow-ups are asked for again after the meeting is logged.
        followUpsMock({ later: [followUp('m-new', 'Ring igjen', '2030-01-01', 'Elverum Helse AS')] }),
        upcomingMock(),
      ],
    });
    await screen.findByText('Du har ingen åpne oppfølginger.');

    await user.keyboard('m');
    const dialog = await screen.findByRole('dialog', { name: 'Logg møte' });
    const picker = within(dialog).getByRole('combobox', { name: 'Bedrift' });
    await waitFor(() => expect(document.activeElement).toBe(picker));

    await user.keyboard('elv');
    await within(dialog).findByRole('option', { name: /Elverum Helse AS/ });
    await user.keyboard('{ArrowDown}{Enter}');
    expect(within(dialog).getByText('Valgt: Elverum Helse AS')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy(); // Enter picked; it did not save

    // The kind stays Dialogmøte: user-event does not move a select with the arrows (Chromium does:
    // see the browser test).
    await user.tab(); // kind
    await within(dialog).findByRole('checkbox', { name: /Kari Nordmann/ });
    await user.tab(); // date
    await user.tab(); // time
    await user.tab(); // Lea Leder (me, ticked)
    await user.tab(); // Mona Medlem
    await user.tab(); // Ada Admin
    await user.tab(); // Kari Nordmann
    await user.keyboard(' ');
    await user.tab(); // minutes
    await user.keyboard('Ringte om tomten.');
    await user.tab(); // outcome
    await user.tab(); // next step
    await user.keyboard('Ring igjen{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input).toMatchObject({
      kind: 'DIALOGUE_MEETING',
      prospectIds: ['p2'],
      userIds: [viewers.LEADER.id],
      contactIds: ['c1'],
      minutes: 'Ringte om tomten.',
      outcome: null,
      nextStep: 'Ring igjen',
      followUpDate: null,
    });
    expect((sent[0]!.input as { startsAt: string }).startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);
    expect(await screen.findByText('Ring igjen')).toBeTruthy();
  });
});
