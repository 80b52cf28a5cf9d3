import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApplyRetentionMutation,
  RetentionSettingsQuery,
  UpdateRetentionSettingsMutation,
} from '../../../features/privacy/hooks/useRetention';
import { renderApp, viewers } from '../../../test/renderApp';

beforeAll(() => import('./PrivacySettingsPage'), 30_000);

const settings = (months: number | null, version: number) => ({
  __typename: 'RetentionSettings',
  months,
  version,
  updatedAt: '2026-11-26T09:00:00.000Z',
});
const settingsMock = (months: number | null, version: number): MockLink.MockedResponse => ({
  request: { query: RetentionSettingsQuery },
  result: { data: { retentionSettings: settings(months, version) } },
});

describe('PrivacySettingsPage', () => {
  it('turns the retention rule on with a number of months, sending the version', async () => {
    renderApp('/settings/privacy', {
      viewer: viewers.LEADER,
      mocks: [
        settingsMock(null, 1),
        {
          request: { query: UpdateRetentionSettingsMutation, variables: { months: 18, version: 1 } },
          result: { data: { updateRetentionSettings: settings(18, 2) } },
        },
      ],
    });
    expect(await screen.findByText('Nå: ingen regel. Kontaktpersoner slettes ikke automatisk.')).toBeTruthy();
    expect(screen.getByText('Det er ingen regel å bruke. Slå på regelen først.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Slett kontaktpersoner hos avsluttede bedrifter automatisk'));
    fireEvent.change(screen.getByLabelText('Antall måneder etter avslutning'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre regelen' }));
    expect(screen.getByText('Skriv et helt antall måneder, minst 1.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Antall måneder etter avslutning'), { target: { value: '18' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre regelen' }));
    expect(await screen.findByText('Regelen er lagret.')).toBeTruthy();
    expect(screen.getByText('Nå: kontaktpersoner slettes 18 måneder etter at bedriften ble avsluttet.')).toBeTruthy();
  });

  it('turns the rule off with null, and says so on a conflict', async () => {
    renderApp('/settings/privacy', {
      viewer: viewers.ADMIN,
      mocks: [
        settingsMock(24, 3),
        {
          request: { query: UpdateRetentionSettingsMutation, variables: { months: null, version: 3 } },
          result: { errors: [{ message: 'Endret av en annen.', extensions: { code: 'CONFLICT' } }] },
        },
        settingsMock(12, 4),
      ],
    });
    await screen.findByText('Nå: kontaktpersoner slettes 24 måneder etter at bedriften ble avsluttet.');
    fireEvent.click(screen.getByLabelText('Slett kontaktpersoner hos avsluttede bedrifter automatisk'));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre regelen' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Noen andre endret regelen/);
    // The rule in force now is shown, ready to try again.
    expect(await screen.findByText('Nå: kontaktpersoner slettes 12 måneder etter at bedriften ble avsluttet.')).toBeTruthy();
    expect((screen.getByLabelText('Antall måneder etter avslutning') as HTMLInputElement).value).toBe('12');
  });

  it('applies the rule now after a confirmation and shows what it erased', async () => {
    renderApp('/settings/privacy', {
      viewer: viewers.LEADER,
      mocks: [
        settingsMock(24, 3),
        {
          request: { query: ApplyRetentionMutation },
          result: {
            data: {
              applyRetention: {
                __typename: 'RetentionReport',
                months: 24,
                erasedContactIds: ['c1', 'c2', 'c3'],
                prospects: [{ __typename: 'Prospect', id: 'p1', name: 'Gamle Sag AS' }],
              },
            },
          },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Bruk regelen nå' }));
    const dialog = screen.getByRole('dialog', { name: 'Bruke sletteregelen nå?' });
    expect(within(dialog).getByText(/avsluttet for mer enn 24 måneder siden/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slett nå' }));

    expect(await screen.findByText('3 kontaktpersoner er slettet hos disse bedriftene:')).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Gamle Sag AS' })).getAttribute('href')).toBe('/companies/p1');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
