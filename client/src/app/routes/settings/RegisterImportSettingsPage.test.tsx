import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LastRegisterImportQuery } from '../../../features/register-import/hooks/useLastRegisterImport';
import { renderApp, viewers } from '../../../test/renderApp';

beforeAll(() => import('./RegisterImportSettingsPage'), 30_000);

/** XMLHttpRequest as the test drives it: upload progress, NDJSON lines, the end. */
class FakeXhr {
  static last: FakeXhr | undefined;
  upload: { onprogress: ((event: object) => void) | null } = { onprogress: null };
  onprogress: (() => void) | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.last = this;
  }
  abort() {
    this.onabort?.();
  }
  sent(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }));
  }
  lines(...lines: object[]) {
    this.status = 200;
    this.responseText += lines.map((line) => `${JSON.stringify(line)}\n`).join('');
    act(() => this.onprogress?.());
  }
  end(status = this.status, text?: string) {
    this.status = status;
    if (text !== undefined) this.responseText = text;
    act(() => this.onload?.());
  }
}

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});
afterEach(() => vi.unstubAllGlobals());

const municipalities = [
  { __typename: 'Municipality', number: '3420', name: 'Elverum', inRegion: true },
  { __typename: 'Municipality', number: '3419', name: 'Våler', inRegion: true },
  { __typename: 'Municipality', number: '3422', name: 'Åmot', inRegion: true },
  { __typename: 'Municipality', number: '3421', name: 'Trysil', inRegion: false },
];

const finished = {
  __typename: 'RegisterImport',
  id: 'r2',
  status: 'SUCCEEDED',
  source: 'UPLOAD',
  fileName: 'enheter.csv',
  startedAt: '2026-11-26T09:00:00.000Z',
  finishedAt: '2026-11-26T09:01:00.000Z',
  startedBy: { __typename: 'User', id: 'u-leader', name: 'Lea Leder' },
  rowsRead: 1500,
  rowsKept: 9,
  municipalities: ['3419', '3420', '3422'],
  industryPrefixes: ['16'],
  newOrgNumbers: ['999900003', '999900011'],
  changedOrgNumbers: ['999900038'],
  removedOrgNumbers: [],
  error: null,
};

const lastMock = (lastRegisterImport: object | null): MockLink.MockedResponse => ({
  request: { query: LastRegisterImportQuery },
  result: { data: { lastRegisterImport, municipalities } },
});

describe('RegisterImportSettingsPage', () => {
  it('uploads the file with the chosen scope, shows the progress, then the report', async () => {
    renderApp('/settings/register-import', { viewer: viewers.LEADER, mocks: [lastMock(null), lastMock(finished), lastMock(finished)] });
    expect(await screen.findByText(/Ingen import ennå/)).toBeTruthy();
    // The region's municipalities are ticked to begin with; a neighbour is not.
    expect((screen.getByRole('checkbox', { name: 'Elverum (3420)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Trysil (3421)' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Åmot (3422)' }));
    fireEvent.change(screen.getByLabelText('Næringskoder (valgfritt)'), { target: { value: '16, 52.1' } });
    const file = new File(['x'.repeat(4096)], 'enheter.csv.gz', { type: 'application/gzip' });
    await userEvent.upload(screen.getByLabelText('Fil fra Enhetsregisteret'), file);
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));

    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/import/register?municipality=3419%2C3420&industry=16%2C52.1&fileName=enheter.csv.gz');
    expect(xhr.headers['Content-Type']).toBe('application/octet-stream');
    expect(xhr.body).toBe(screen.getByLabelText<HTMLInputElement>('Fil fra Enhetsregisteret').files![0]);

    xhr.sent(2048, 4096);
    xhr.lines({ progress: { bytesRead: 2048, totalBytes: 4096, rowsRead: 1200, rowsKept: 7 } });
    const bar = screen.getByLabelText('Opplasting og import') as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2048, 4096]);
    expect(screen.getByText(/0 av 0 MB lest · 1 200 rader lest · 7 i regionen/)).toBeTruthy();

    xhr.lines({ report: { id: 'r2' } });
    xhr.end();
    expect(await screen.findByText('Importen er ferdig: 2 nye, 1 endret og 0 fjernet.')).toBeTruthy();
    expect(await screen.findByText('Nye: 2')).toBeTruthy();
    expect(screen.getByText('Endret: 1')).toBeTruthy();
    expect(screen.getByText('Fjernet: 0')).toBeTruthy();
    expect(screen.getByText('Elverum, Våler, Åmot · næringskoder 16')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Finn nye bedrifter blant dem' }).getAttribute('href')).toBe('/companies/find');
  });

  it('says why the server refused, in an alert', async () => {
    renderApp('/settings/register-import', { viewer: viewers.ADMIN, mocks: [lastMock(finished), lastMock(finished)] });
    await screen.findByText('Nye: 2');
    // The last import's scope is where the next one starts.
    expect((screen.getByRole('checkbox', { name: 'Åmot (3422)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Næringskoder (valgfritt)') as HTMLInputElement).value).toBe('16');
    await userEvent.upload(screen.getByLabelText('Fil fra Enhetsregisteret'), new File(['{'], 'enheter.json'));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    FakeXhr.last!.lines({ error: 'JSON-fila slutter midt i en oppføring: er den ufullstendig?' });
    FakeXhr.last!.end();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Importen stoppet: JSON-fila slutter midt i en oppføring: er den ufullstendig?',
    );
  });

  it('checks the file and the industry codes before sending anything', async () => {
    renderApp('/settings/register-import', { viewer: viewers.LEADER, mocks: [lastMock(null)] });
    await screen.findByText(/Ingen import ennå/);
    fireEvent.change(screen.getByLabelText('Næringskoder (valgfritt)'), { target: { value: '1x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    expect(screen.getByText('Velg en fil fra Enhetsregisteret.')).toBeTruthy();
    expect(screen.getByText('Næringskoder skrives som 16, 52.1 eller 16.110.')).toBeTruthy();
    expect(FakeXhr.last).toBeUndefined();
  });

  it('cancels an upload; nothing changes', async () => {
    renderApp('/settings/register-import', { viewer: viewers.LEADER, mocks: [lastMock(null), lastMock(null)] });
    await screen.findByText(/Ingen import ennå/);
    await userEvent.upload(screen.getByLabelText('Fil fra Enhetsregisteret'), new File(['x'], 'enheter.csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Importer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt opplastingen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Opplastingen er avbrutt. Ingenting i registerkopien er endret.');
  });

  it('is for the project leader and the admin only', async () => {
    renderApp('/settings', { viewer: viewers.MEMBER, mocks: [] });
    const nav = await screen.findByRole('navigation', { name: 'Deler av innstillingene' });
    expect(within(nav).queryByRole('link', { name: 'Registerimport' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Personvern' })).toBeNull();
  });
});
