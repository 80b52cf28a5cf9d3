import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { parse } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FocusAreaListQuery } from '../../../features/project-setup/hooks/useFocusAreaList';
import { RetireTargetMutation } from '../../../features/project-setup/hooks/useRetireTarget';
import { CreateFocusAreaMutation, UpdateFocusAreaMutation } from '../../../features/project-setup/hooks/useSaveFocusArea';
import { CreateTargetMutation, UpdateTargetMutation } from '../../../features/project-setup/hooks/useSaveTarget';
import { StageListQuery } from '../../../features/project-setup/hooks/useStageList';
import { TargetListQuery } from '../../../features/project-setup/hooks/useTargetList';
import { UpdateStageMutation } from '../../../features/project-setup/hooks/useUpdateStage';
import { renderApp, viewers } from '../../../test/renderApp';

beforeAll(() => import('./ProjectSettingsPage'), 30_000);

const target = (id: string, fields: Partial<Record<string, unknown>> = {}) => ({
  __typename: 'Target' as const,
  id,
  metric: 'JOBS',
  meetingKind: null,
  value: 100,
  perYear: false,
  periodStart: '2015-07-01',
  periodEnd: '2018-06-30',
  version: 1,
  ...fields,
});

const jobs = target('t-jobs', { version: 2 });
const establishments = target('t-est', { metric: 'ESTABLISHMENTS', value: 3, perYear: true });
const networkMeetings = target('t-net', { metric: 'MEETINGS', meetingKind: 'NETWORK_MEETING', value: 5, perYear: true });

const targetsMock = (targets: object[]): MockLink.MockedResponse => ({
  request: { query: TargetListQuery },
  result: { data: { targets } },
});

const area = (id: string, nameNb: string, nameEn: string, color: string, position: number) => ({
  __typename: 'FocusArea' as const,
  id,
  key: nameEn.toUpperCase().replace(/\W+/g, '_'),
  nameNb,
  nameEn,
  color,
  position,
  version: 1,
});
const bioeconomy = area('fa-bio', 'Bioøkonomi', 'Bioeconomy', '#2e7d32', 1);
const health = area('fa-health', 'Folkehelse', 'Public health', '#c62828', 2);

const stage = (id: string, key: string, nameNb: string, category: string, probability: number, staleAfterDays: number | null) => ({
  __typename: 'Stage' as const,
  id,
  key,
  nameNb,
  nameEn: `${nameNb} (en)`,
  category,
  position: 0,
  probability,
  staleAfterDays,
  version: 1,
});
const dialogue = stage('s-dialogue', 'DIALOGUE', 'I dialog', 'OPEN', 0.25, 30);
const won = stage('s-won', 'WON', 'Etablert', 'WON', 1, null);
const lost = stage('s-lost', 'LOST', 'Avsluttet', 'LOST', 0, null);

const focusAreasMock = (focusAreas: object[]): MockLink.MockedResponse => ({
  request: { query: FocusAreaListQuery },
  result: { data: { focusAreas } },
});
const stagesMock = (stages: object[]): MockLink.MockedResponse => ({
  request: { query: StageListQuery },
  result: { data: { stages } },
});

const refused = (code: string, message: string, field?: string) => ({
  errors: [{ message, path: ['x'], extensions: { code, ...(field ? { field } : {}) } }],
});

/**
 * The project setup: `mocks` first (a list there answers instead of the default), then each list
 * that `mocks` leaves out answering with the defaults.
 */
async function openSetup(mocks: MockLink.MockedResponse[], viewer = viewers.LEADER) {
  const answered = new Set(mocks.map((mock) => mock.request.query));
  const lists = [targetsMock([jobs]), focusAreasMock([bioeconomy, health]), stagesMock([dialogue, won, lost])].filter(
    (mock) => !answered.has(mock.request.query),
  );
  const rendered = renderApp('/settings/project', { viewer, mocks: [...mocks, ...lists] });
  await screen.findByRole('heading', { level: 2, name: 'Prosjektoppsett' });
  return rendered;
}

const region = (name: string) => screen.getByRole('region', { name });
const targetRow = (name: string) => within(region('Mål i kraft')).getByRole('rowheader', { name }).closest('tr')!;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const dialog = (name: string) => screen.getByRole('dialog', { name });
const change = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ProjectSettingsPage: targets', () => {
  it('lists the targets in force by metric, with value, per year or period, and the period in Norwegian dates', async () => {
    await openSetup([targetsMock([networkMeetings, establishments, jobs])]);

    const table = await screen.findByRole('region', { name: 'Mål i kraft' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Mål',
      'Verdi',
      'Gjelder',
      'Periode',
      'Handlinger',
    ]);
    expect(within(table).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Arbeidsplasser',
      'Etableringer',
      'Møter (Nettverksmøte)',
    ]);
    expect(cells(targetRow('Arbeidsplasser')).slice(0, 3)).toEqual(['100', 'For hele perioden', '01.07.2015–30.06.2018']);
    expect(cells(targetRow('Møter (Nettverksmøte)')).slice(0, 2)).toEqual(['5', 'Per år']);
    expect(screen.getByRole('button', { name: 'Endre Arbeidsplasser, 01.07.2015–30.06.2018' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Avslutt Etableringer, 01.07.2015–30.06.2018' })).toBeTruthy();
  });

  it('says so when no target is in force', async () => {
    await openSetup([targetsMock([])]);
    expect(await screen.findByText('Ingen mål er i kraft.')).toBeTruthy();
  });

  it('adds a target and shows the server’s refusal at the field it concerns', async () => {
    const input = {
      metric: 'MEETINGS',
      meetingKind: 'POLITICAL_MEETING',
      value: 2,
      perYear: true,
      periodStart: '2016-01-01',
      periodEnd: '2015-12-31',
    };
    await openSetup([
      targetsMock([jobs]),
      {
        request: { query: CreateTargetMutation, variables: { input } },
        result: refused('BAD_USER_INPUT', 'periodEnd: Sluttdatoen kan ikke være før startdatoen.', 'periodEnd'),
      },
      {
        request: { query: CreateTargetMutation, variables: { input: { ...input, periodEnd: '2016-12-31' } } },
        result: { data: { createTarget: target('t-pol', { ...input, periodEnd: '2016-12-31' }) } },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Nytt mål' }));
    const form = dialog('Nytt mål');
    // Nothing is sent before the value and the dates are there.
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(within(form).getByLabelText('Verdi').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Skriv målets verdi.')).toBeTruthy();

    change(form, 'Hva måles', 'MEETINGS');
    change(form, 'Type møte', 'POLITICAL_MEETING');
    change(form, 'Verdi', '2');
    change(form, 'Verdien gjelder', 'year');
    change(form, 'Periodens start', '2016-01-01');
    change(form, 'Periodens slutt', '2015-12-31');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));

    expect(await within(form).findByText('Sluttdatoen kan ikke være før startdatoen.')).toBeTruthy();
    const end = within(form).getByLabelText('Periodens slutt');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(end);

    change(form, 'Periodens slutt', '2016-12-31');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Målet er lagt til.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    // The new target takes its place in the list, after jobs.
    expect(within(region('Mål i kraft')).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'Arbeidsplasser',
      'Møter (Politisk møte)',
    ]);
  });

  it('edits a target with the version seen, and on a conflict offers to load what is saved now', async () => {
    const input = { id: 't-jobs', version: 2, metric: 'JOBS', meetingKind: null, value: 120, perYear: false, periodStart: '2015-07-01', periodEnd: '2018-06-30' };
    await openSetup([
      targetsMock([jobs]),
      {
        request: { query: UpdateTargetMutation, variables: { input } },
        result: refused('CONFLICT', 'Målet er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen.'),
      },
      targetsMock([{ ...jobs, value: 110, version: 3 }]),
      {
        request: { query: UpdateTargetMutation, variables: { input: { ...input, version: 3 } } },
        result: { data: { updateTarget: { ...jobs, value: 120, version: 4 } } },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Endre Arbeidsplasser, 01.07.2015–30.06.2018' }));
    const form = dialog('Endre mål');
    expect((within(form).getByLabelText('Verdi') as HTMLInputElement).value).toBe('100');
    change(form, 'Verdi', '120');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));

    const conflict = await within(form).findByRole('alert');
    expect(conflict.textContent).toContain('Målet er endret av noen andre siden du åpnet det.');
    fireEvent.click(within(conflict).getByRole('button', { name: 'Last inn på nytt' }));

    // The form now holds what is saved, and says so.
    await waitFor(() => expect(within(form).getByRole('status').textContent).toMatch(/viser nå det som er lagret/));
    expect((within(form).getByLabelText('Verdi') as HTMLInputElement).value).toBe('110');
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(cells(targetRow('Arbeidsplasser'))[0]).toBe('110');

    change(form, 'Verdi', '120');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Målet er lagret.')).toBeTruthy();
    expect(cells(targetRow('Arbeidsplasser'))[0]).toBe('120');
  });

  it('retires a target only after asking', async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    await openSetup([
      targetsMock([jobs, establishments]),
      {
        request: { query: RetireTargetMutation, variables: { id: 't-est', version: 1 } },
        result: { data: { retireTarget: { __typename: 'Target', id: 't-est', retiredAt: '2026-11-26T09:00:00.000Z', version: 2 } } },
      },
    ]);

    const retire = await screen.findByRole('button', { name: 'Avslutt Etableringer, 01.07.2015–30.06.2018' });
    fireEvent.click(retire);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Avslutte målet Etableringer, 01.07.2015–30.06.2018?'));
    // Thought better of it: nothing changes.
    expect(targetRow('Etableringer')).toBeTruthy();

    confirm.mockReturnValue(true);
    fireEvent.click(retire);
    expect(await screen.findByText('Målet Etableringer, 01.07.2015–30.06.2018 er avsluttet.')).toBeTruthy();
    expect(within(region('Mål i kraft')).queryByRole('rowheader', { name: 'Etableringer' })).toBeNull();
  });
});

const focusAreaRow = (name: string) => within(region('Alle fokusområder')).getByRole('rowheader', { name }).closest('tr')!;
const stageRow = (name: string) => within(region('Alle faser')).getByRole('rowheader', { name }).closest('tr')!;

describe('ProjectSettingsPage: focus areas', () => {
  it('lists the focus areas with their colour and both names', async () => {
    await openSetup([], viewers.ADMIN);
    await screen.findByRole('region', { name: 'Alle fokusområder' });
    expect(cells(focusAreaRow('Bioøkonomi')).slice(0, 2)).toEqual(['Bioeconomy', '#2e7d32']);
    expect(cells(focusAreaRow('Folkehelse')).slice(0, 2)).toEqual(['Public health', '#c62828']);
  });

  it('adds a focus area, and the list every view reads has it', async () => {
    const input = { nameNb: 'Havbruk', nameEn: 'Aquaculture', color: '#00838f' };
    const created = area('fa-sea', 'Havbruk', 'Aquaculture', '#00838f', 3);
    const { cache } = await openSetup([
      focusAreasMock([bioeconomy, health]),
      { request: { query: CreateFocusAreaMutation, variables: { input } }, result: { data: { createFocusArea: created } } },
      focusAreasMock([bioeconomy, health, created]),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Nytt fokusområde' }));
    const form = dialog('Nytt fokusområde');
    change(form, 'Navn på bokmål', ' Havbruk ');
    change(form, 'Navn på engelsk', 'Aquaculture');
    change(form, 'Farge', '#00838f');
    expect(within(form).getByText('Havbruk').getAttribute('style')).toContain('background-color');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Fokusområdet er lagt til.')).toBeTruthy();
    expect(cells(focusAreaRow('Havbruk')).slice(0, 2)).toEqual(['Aquaculture', '#00838f']);
    // The filters and the company forms read the cached `focusAreas` list: the new one is in it.
    const list = (cache.extract() as { ROOT_QUERY: { focusAreas: { __ref: string }[] } }).ROOT_QUERY.focusAreas;
    expect(list.map((ref) => ref.__ref)).toContain('FocusArea:fa-sea');
  });

  it('renames a focus area with the version seen, and asks for both names first', async () => {
    await openSetup([
      {
        request: {
          query: UpdateFocusAreaMutation,
          variables: { input: { id: 'fa-health', version: 1, nameNb: 'Folkehelse og velferd', nameEn: 'Public health', color: '#c62828' } },
        },
        result: {
          data: {
            updateFocusArea: { ...health, nameNb: 'Folkehelse og velferd', version: 2 },
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Endre Folkehelse' }));
    const form = dialog('Endre Folkehelse');
    change(form, 'Navn på bokmål', '  ');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(within(form).getByText('Skriv navnet.')).toBeTruthy();

    change(form, 'Navn på bokmål', 'Folkehelse og velferd');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Fokusområdet er lagret.')).toBeTruthy();
    expect(focusAreaRow('Folkehelse og velferd')).toBeTruthy();
  });
});

describe('ProjectSettingsPage: stages', () => {
  it('lists the stages in pipeline order with category, probability and when a company is stale', async () => {
    await openSetup([]);
    await screen.findByRole('region', { name: 'Alle faser' });
    expect(within(region('Alle faser')).getAllByRole('rowheader').map((th) => th.textContent)).toEqual([
      'I dialog',
      'Etablert',
      'Avsluttet',
    ]);
    expect(cells(stageRow('I dialog')).slice(0, 4)).toEqual(['I dialog (en)', 'Åpen', '25\u00a0%', '30 dager']);
    expect(cells(stageRow('Etablert')).slice(1, 4)).toEqual(['Vunnet', '100\u00a0%', 'Aldri']);
    expect(cells(stageRow('Avsluttet'))[1]).toBe('Tapt');
  });

  it('edits a stage: the probability in percent, and an emptied "stale after" sent as null', async () => {
    const { cache } = await openSetup([
      {
        request: {
          query: UpdateStageMutation,
          variables: {
            input: { id: 's-dialogue', version: 1, nameNb: 'I dialog', nameEn: 'In dialogue', probabilityPercent: 30, staleAfterDays: null },
          },
        },
        result: {
          data: {
            updateStage: { ...dialogue, nameEn: 'In dialogue', probability: 0.3, staleAfterDays: null, version: 2 },
          },
        },
      },
    ]);

    // A company the pipeline marked stale under the old limit.
    cache.writeFragment({
      id: 'Prospect:p1',
      // Parsed here rather than tagged: codegen takes every tagged document in src/ as the app's.
      fragment: parse('fragment StaleMark on Prospect { id stale }'),
      data: { __typename: 'Prospect', id: 'p1', stale: true },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Endre I dialog' }));
    const form = dialog('Endre I dialog');
    expect(within(form).getByText('Nøkkelen (DIALOGUE), kategorien og plassen i rekkefølgen ligger fast.')).toBeTruthy();
    expect((within(form).getByLabelText('Sannsynlighet (prosent)') as HTMLInputElement).value).toBe('25');
    expect((within(form).getByLabelText('Står stille etter (dager)') as HTMLInputElement).value).toBe('30');

    change(form, 'Navn på engelsk', 'In dialogue');
    change(form, 'Sannsynlighet (prosent)', '30');
    change(form, 'Står stille etter (dager)', '');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    // Saving: the button waits, and the status line says so.
    expect(within(form).getByRole('button', { name: 'Lagre' }).hasAttribute('disabled')).toBe(true);
    expect(within(form).getByRole('status').textContent).toBe('Lagrer …');

    expect(await screen.findByText('Fasen er lagret.')).toBeTruthy();
    expect(cells(stageRow('I dialog')).slice(0, 4)).toEqual(['In dialogue', 'Åpen', '30\u00a0%', 'Aldri']);
    // The limit changed: the cached stale mark is dropped, so the pipeline asks the server again.
    expect(cache.extract()['Prospect:p1']).not.toHaveProperty('stale');
  });

  it('shows the server’s refusal of a probability at the field', async () => {
    await openSetup([
      {
        request: {
          query: UpdateStageMutation,
          variables: {
            input: { id: 's-dialogue', version: 1, nameNb: 'I dialog', nameEn: 'I dialog (en)', probabilityPercent: 120, staleAfterDays: 30 },
          },
        },
        result: refused('BAD_USER_INPUT', 'probabilityPercent: Sannsynligheten kan ikke være over 100 %.', 'probabilityPercent'),
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Endre I dialog' }));
    const form = dialog('Endre I dialog');
    change(form, 'Sannsynlighet (prosent)', '120');
    fireEvent.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await within(form).findByText('Sannsynligheten kan ikke være over 100 %.')).toBeTruthy();
    expect(within(form).getByLabelText('Sannsynlighet (prosent)').getAttribute('aria-invalid')).toBe('true');
  });
});
