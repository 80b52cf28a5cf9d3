import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { companyPageMock, dialogueMeeting, prospect } from '../../../test/story1Fixtures';
import { renderApp, viewers } from '../../../test/renderApp';
import { DeleteMeetingMutation } from '../hooks/useDeleteMeeting';

const conflict = {
  errors: [
    { message: 'Møtet er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen.', extensions: { code: 'CONFLICT' } },
  ],
};

/** deleteMeeting: each request's variables go to `sent`; it answers with the id, or `errors`. */
function deleteMock(sent: Record<string, unknown>[], errors?: typeof conflict): MockLink.MockedResponse {
  return {
    request: { query: DeleteMeetingMutation, variables: () => true },
    result: (variables) => {
      sent.push(variables);
      return errors ?? { data: { deleteMeeting: variables.id as string } };
    },
  };
}

const timeline = () => screen.getByRole('heading', { level: 2, name: 'Tidslinje' }).closest('section')!;

async function openPage(mocks: MockLink.MockedResponse[], viewer = viewers.LEADER) {
  renderApp('/companies/p1', { viewer, mocks });
  await screen.findByRole('heading', { level: 1, name: 'Elverum Tre AS' });
}

describe('Deleting a logged meeting', () => {
  it('asks first (Cancel sends nothing), then deletes with the version, and the meeting leaves the timeline', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    await openPage([companyPageMock(prospect()), deleteMock(sent)]);
    const opener = screen.getByRole('button', { name: 'Slett Dialogmøte 05.06.2015' });

    await user.click(opener);
    let dialog = await screen.findByRole('dialog', { name: 'Slette Dialogmøte 05.06.2015?' });
    expect(within(dialog).getByText('Møtet slettes sammen med referatet. Det kan ikke angres.')).toBeTruthy();
    // The safe choice has the focus.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(opener);

    await user.click(opener);
    dialog = await screen.findByRole('dialog', { name: 'Slette Dialogmøte 05.06.2015?' });
    await user.click(within(dialog).getByRole('button', { name: 'Slett møtet' }));

    expect(await screen.findByText('Dialogmøte 05.06.2015 er slettet.')).toBeTruthy();
    expect(sent).toEqual([{ id: 'm1', version: 1 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(timeline()).queryByRole('heading', { name: 'Dialogmøte' })).toBeNull();
    expect(within(timeline()).queryByText('Vil se på tomt ved Terningmoen.')).toBeNull();
    expect(within(timeline()).getAllByRole('listitem')).toHaveLength(2);
    // Its buttons went with it: the keyboard goes on from the timeline's heading.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Tidslinje' })));
  });

  it('counts a meeting someone else deleted first (NOT_FOUND) as deleted: it leaves the timeline', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    await openPage([companyPageMock(prospect()), deleteMock(sent, { errors: [{ message: 'Fant ikke møtet.', extensions: { code: 'NOT_FOUND' } }] })]);
    await user.click(screen.getByRole('button', { name: 'Slett Dialogmøte 05.06.2015' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slette Dialogmøte 05.06.2015?' });
    await user.click(within(dialog).getByRole('button', { name: 'Slett møtet' }));

    expect(await screen.findByText('Dialogmøte 05.06.2015 er slettet.')).toBeTruthy();
    expect(sent).toEqual([{ id: 'm1', version: 1 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(timeline()).queryByRole('heading', { name: 'Dialogmøte' })).toBeNull();
  });

  it('on a CONFLICT says someone changed it and offers to reload; then deletes the version reloaded', async () => {
    const user = userEvent.setup({ delay: null });
    const sent: Record<string, unknown>[] = [];
    const changed = { ...dialogueMeeting, meeting: { ...dialogueMeeting.meeting, version: 2, minutes: 'Endret av Mona.' } };
    await openPage([
      companyPageMock(prospect()),
      deleteMock(sent, conflict),
      companyPageMock(prospect({ timeline: [changed, ...prospect().timeline.slice(1)] })),
      deleteMock(sent),
    ]);
    await user.click(screen.getByRole('button', { name: 'Slett Dialogmøte 05.06.2015' }));
    const dialog = await screen.findByRole('dialog', { name: 'Slette Dialogmøte 05.06.2015?' });
    await user.click(within(dialog).getByRole('button', { name: 'Slett møtet' }));

    const alert = (await within(dialog).findByText(/er endret av noen andre/)).closest('[role="alert"]') as HTMLElement;
    const reload = within(alert).getByRole('button', { name: 'Last inn på nytt' });
    expect(document.activeElement).toBe(reload);
    expect((within(dialog).getByRole('button', { name: 'Slett møtet' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(reload);

    // The dialog closes and the timeline shows what the other person changed.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await within(timeline()).findByText('Endret av Mona.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Slett Dialogmøte 05.06.2015' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Slett møtet' }));
    expect(await screen.findByText('Dialogmøte 05.06.2015 er slettet.')).toBeTruthy();
    expect(sent).toEqual([
      { id: 'm1', version: 1 },
      { id: 'm1', version: 2 },
    ]);
  });

  it('offers Endre and Slett to a member too', async () => {
    await openPage([companyPageMock(prospect())], viewers.MEMBER);
    expect(within(timeline()).getByRole('button', { name: 'Endre Dialogmøte 05.06.2015' })).toBeTruthy();
    expect(within(timeline()).getByRole('button', { name: 'Slett Dialogmøte 05.06.2015' })).toBeTruthy();
  });
});
