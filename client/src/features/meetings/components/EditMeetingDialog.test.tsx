import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  companyPageMock,
  kari,
  loggedMeeting,
  meetingCompanyMock,
  meetingTeamMock,
  meetingToEditMock,
  ola,
  prospect,
} from '../../../test/story1Fixtures';
import { renderApp, viewers } from '../../../test/renderApp';
import { MyFollowUpsQuery } from '../hooks/useMyFollowUps';
import { UpcomingMeetingsQuery } from '../hooks/useUpcomingMeetings';
import { UpdateMeetingMutation } from '../hooks/useUpdateMeeting';

const nbsp = '\u00a0';
const conflict = {
  errors: [
    { message: 'Møtet er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen.', extensions: { code: 'CONFLICT' } },
  ],
};

/** updateMeeting: each input it is sent goes to `sent`; it answers `answer` (a meeting, or errors). */
function updateMock(sent: Record<string, unknown>[], answer: object | typeof conflict): MockLink.MockedResponse {
  return {
    request: { query: UpdateMeetingMutation, variables: () => true },
    result: (variables) => {
      sent.push(variables.input as Record<string, unknown>);
      return answer === conflict ? conflict : { data: { updateMeeting: answer } };
    },
  };
}

const formMocks = [meetingTeamMock, meetingCompanyMock({ id: 'p1', name: 'Elverum Tre AS', contacts: [kari, ola] })];
const timeline = () => screen.getByRole('heading', { level: 2, name: 'Tidslinje' }).closest('section')!;
const errorOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

/** Opens the company page as the project leader, then "Endre" on its meeting; resolves when the form is filled. */
async function openEdit(mocks: MockLink.MockedResponse[]) {
  renderApp('/companies/p1', { viewer: viewers.LEADER, mocks: [companyPageMock(prospect()), ...formMocks, ...mocks] });
  const opener = await screen.findByRole('button', { name: 'Endre Dialogmøte 05.06.2015' });
  await userEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Endre møte' });
  // The meeting, the team and the company's contacts come from three queries: wait for all.
  const minutes = (await within(dialog).findByLabelText('Referat')) as HTMLTextAreaElement;
  await within(dialog).findByRole('checkbox', { name: /Kari Nordmann/ });
  await within(dialog).findByRole('checkbox', { name: `${viewers.LEADER.name} (deg)` });
  return { dialog, minutes, opener };
}

describe('Correcting a logged meeting', () => {
  it('opens the meeting form filled from the meeting, sends only the changed minutes with the version, and the timeline shows them', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    const corrected = loggedMeeting({ version: 2, minutes: 'Vil se på tomt ved Terningmoen og Grindalsmoen.' });
    const { dialog, minutes, opener } = await openEdit([meetingToEditMock(loggedMeeting()), updateMock(sent, corrected)]);

    // Everything as logged, date and time in Norwegian time; the company is shown, not offered.
    expect(minutes.value).toBe('Vil se på tomt ved Terningmoen.');
    expect((within(dialog).getByLabelText('Type møte') as HTMLSelectElement).value).toBe('DIALOGUE_MEETING');
    expect((within(dialog).getByLabelText('Dato') as HTMLInputElement).value).toBe('2015-06-05');
    expect((within(dialog).getByLabelText('Klokkeslett') as HTMLInputElement).value).toBe('13:00');
    expect((within(dialog).getByRole('checkbox', { name: `${viewers.LEADER.name} (deg)` }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: viewers.MEMBER.name }) as HTMLInputElement).checked).toBe(false);
    expect((within(dialog).getByRole('checkbox', { name: /Kari Nordmann/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: /Ola Hansen/ }) as HTMLInputElement).checked).toBe(false);
    expect((within(dialog).getByLabelText('Neste steg') as HTMLInputElement).value).toBe('Send tilbud');
    expect((within(dialog).getByLabelText('Oppfølging innen') as HTMLInputElement).value).toBe('2015-06-12');
    expect((within(dialog).getByRole('checkbox', { name: 'Oppfølgingen er utført' }) as HTMLInputElement).checked).toBe(false);
    expect(within(dialog).getByText('Elverum Tre AS')).toBeTruthy();
    expect(within(dialog).queryByRole('combobox', { name: 'Bedrift' })).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Type møte'));

    await user.clear(minutes);
    await user.type(minutes, 'Vil se på tomt ved Terningmoen og Grindalsmoen.');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre endringer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ id: 'm1', version: 1, minutes: 'Vil se på tomt ved Terningmoen og Grindalsmoen.' }]);
    expect(await screen.findByText('Endringene i møtet er lagret.')).toBeTruthy();
    // The meeting is changed where it stands (the cache knows it by its id), and the keyboard is back on "Endre".
    expect(within(timeline()).getByText('Vil se på tomt ved Terningmoen og Grindalsmoen.')).toBeTruthy();
    expect(within(timeline()).queryByText('Vil se på tomt ved Terningmoen.')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('moves the meeting in the timeline when its date changes', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    const earlier = loggedMeeting({ version: 2, startsAt: '2015-05-25T07:30:00.000Z' });
    const { dialog } = await openEdit([meetingToEditMock(loggedMeeting()), updateMock(sent, earlier)]);
    const date = within(dialog).getByLabelText('Dato');
    await user.clear(date);
    await user.type(date, '2015-05-25');
    const time = within(dialog).getByLabelText('Klokkeslett');
    await user.clear(time);
    await user.type(time, '09:30');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre endringer' }));

    await screen.findByText('Endringene i møtet er lagret.');
    // Summer time in Norway: UTC+2.
    expect(sent).toEqual([{ id: 'm1', version: 1, startsAt: '2015-05-25T09:30:00+02:00' }]);
    const times = within(timeline())
      .getAllByRole('listitem')
      .map((item) => item.querySelector('time')?.textContent);
    expect(times).toEqual([`28.05.2015 kl.${nbsp}11.30`, `25.05.2015 kl.${nbsp}09.30`, `21.05.2015 kl.${nbsp}12.00`]);
  });

  it('shows a CONFLICT with "Last inn på nytt", which fills the form with the server\'s version to save from', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    // Meanwhile someone else made it a site visit, rewrote the minutes and marked the follow-up done.
    const theirs = loggedMeeting({ version: 3, kind: 'SITE_VISIT', minutes: 'Befaring på tomta.', followUpDone: true });
    const { dialog, minutes } = await openEdit([
      meetingToEditMock(loggedMeeting()),
      updateMock(sent, conflict),
      meetingToEditMock(theirs),
      updateMock(sent, { ...theirs, version: 4, outcome: 'Positive' }),
    ]);
    await user.type(minutes, ' Mitt tillegg.');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre endringer' }));

    const alert = (await within(dialog).findByText('Møtet er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen.')).closest(
      '[role="alert"]',
    ) as HTMLElement;
    expect(document.activeElement).toBe(alert);
    expect((within(dialog).getByRole('button', { name: 'Lagre endringer' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(alert).getByRole('button', { name: 'Last inn på nytt' }));

    expect(await within(dialog).findByText('Møtet slik det er lagret nå er lastet inn. Dine endringer er forkastet.')).toBeTruthy();
    expect(minutes.value).toBe('Befaring på tomta.');
    expect((within(dialog).getByLabelText('Type møte') as HTMLSelectElement).value).toBe('SITE_VISIT');
    expect((within(dialog).getByRole('checkbox', { name: 'Oppfølgingen er utført' }) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).queryByText(/endret av noen andre/)).toBeNull();

    // Saved again, from the version reloaded.
    await user.type(within(dialog).getByLabelText('Utfall'), 'Positive');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre endringer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent[1]).toEqual({ id: 'm1', version: 3, outcome: 'Positive' });
  });

  it('shows the server\'s validation message at its field', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    const { dialog } = await openEdit([
      meetingToEditMock(loggedMeeting()),
      {
        request: { query: UpdateMeetingMutation, variables: () => true },
        result: (variables) => {
          sent.push(variables.input as Record<string, unknown>);
          return {
            errors: [{ message: 'followUpDate: Datoen må være åååå-mm-dd.', extensions: { code: 'BAD_USER_INPUT', field: 'followUpDate' } }],
          };
        },
      },
    ]);
    const followUpDate = within(dialog).getByLabelText('Oppfølging innen');
    await user.clear(followUpDate);
    await user.type(followUpDate, '2015-06-19');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre endringer' }));

    await waitFor(() => expect(errorOf(followUpDate)).toBe('Datoen må være åååå-mm-dd.'));
    expect(document.activeElement).toBe(followUpDate);
    expect(sent).toEqual([{ id: 'm1', version: 1, followUpDate: '2015-06-19' }]);
  });

  it('afterwards, "Mine oppfølginger" asks again and shows the follow-up where its new date puts it', async () => {
    const user = userEvent.setup({ delay: null });
    const followUp = (followUpDate: string) => loggedMeeting({ followUpDate });
    const followUps = (lists: Record<string, object[]>): MockLink.MockedResponse => ({
      request: { query: MyFollowUpsQuery },
      result: { data: { myFollowUps: { __typename: 'FollowUps', overdue: [], thisWeek: [], later: [], ...lists } } },
    });
    const upcoming: MockLink.MockedResponse = { request: { query: UpcomingMeetingsQuery }, result: { data: { upcomingMeetings: [] } }, maxUsageCount: 2 };
    const moved = loggedMeeting({ version: 2, followUpDate: '2030-01-15' });
    renderApp('/meetings', {
      viewer: viewers.LEADER,
      mocks: [
        followUps({ overdue: [followUp('2015-06-12')] }),
        upcoming,
        companyPageMock(prospect()),
        ...formMocks,
        meetingToEditMock(loggedMeeting()),
        updateMock([], moved),
        followUps({ later: [followUp('2030-01-15')] }),
      ],
    });
    expect(await screen.findByRole('heading', { level: 3, name: 'Forfalt (1)' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Elverum Tre AS' }));

    await user.click(await screen.findByRole('button', { name: 'Endre Dialogmøte 05.06.2015' }));
    const dialog = await screen.findByRole('dialog', { name: 'Endre møte' });
    const followUpDate = await within(dialog).findByLabelText('Oppfølging innen');
    await user.clear(followUpDate);
    await user.type(followUpDate, '2030-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Lagre endringer' }));
    await screen.findByText('Endringene i møtet er lagret.');

    await user.click(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Møter' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Senere (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: /Forfalt/ })).toBeNull();
  });
});
