import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommitCompanyImportMutation, PreviewCompanyImportQuery } from '../../features/csv-import/hooks/useCompanyImport';
import { renderApp, viewers } from '../../test/renderApp';

beforeAll(() => import('./ImportCompaniesPage'), 30_000);

const csv = 'Navn;Orgnr;Kommentar\nElverum Tre AS;952857991;x\nRena Logistikk AS;999900038;y\nElverum Tre AS;952857991;z\n';

const suggested = [
  { __typename: 'ColumnMapping', column: 'Navn', field: 'NAME' },
  { __typename: 'ColumnMapping', column: 'Orgnr', field: 'ORG_NUMBER' },
];

function row(line: number, name: string, orgNumber: string) {
  return {
    __typename: 'CompanyImportRow',
    line,
    name,
    orgNumber,
    website: null,
    industryCode: null,
    industryText: null,
    legalForm: null,
    employees: null,
    address: null,
    postalCode: null,
    postalPlace: null,
    municipality: null,
    targetMunicipality: null,
    estimatedJobs: null,
    source: null,
  };
}

function previewMock(mapping: object[] | null, answer: Record<string, unknown> = {}): MockLink.MockedResponse {
  return {
    request: { query: PreviewCompanyImportQuery, variables: { csv, mapping } },
    result: {
      data: {
        previewCompanyImport: {
          __typename: 'CompanyImportPreview',
          canCommit: true,
          delimiter: ';',
          headers: ['Navn', 'Orgnr', 'Kommentar'],
          rowCount: 3,
          mapping: suggested,
          suggestedMapping: suggested,
          rows: [row(2, 'Elverum Tre AS', '952857991'), row(3, 'Rena Logistikk AS', '999900038'), row(4, 'Elverum Tre AS', '952857991')],
          issues: [],
          duplicates: [
            {
              __typename: 'CompanyImportDuplicate',
              line: 2,
              orgNumber: '952857991',
              kind: 'EXISTING_COMPANY',
              firstLine: null,
              prospectId: 'p1',
              prospectName: 'Elverum Tre AS',
            },
            {
              __typename: 'CompanyImportDuplicate',
              line: 4,
              orgNumber: '952857991',
              kind: 'REPEATED_IN_FILE',
              firstLine: 2,
              prospectId: null,
              prospectName: null,
            },
          ],
          ...answer,
        },
      },
    },
  };
}

async function chooseFile() {
  const input = await screen.findByLabelText('CSV-fil');
  await userEvent.upload(input, new File([csv], 'bedrifter.csv', { type: 'text/csv' }));
}

describe('ImportCompaniesPage', () => {
  it('maps the columns, previews, shows duplicates, and writes all on confirm with the chosen handling', async () => {
    const sent: Record<string, unknown>[] = [];
    renderApp('/companies/import', {
      viewer: viewers.MEMBER,
      mocks: [
        previewMock(null),
        {
          request: { query: CommitCompanyImportMutation, variables: () => true },
          result: (variables) => {
            sent.push(variables);
            return { data: { commitCompanyImport: { __typename: 'CompanyImportReport', id: 'i1', created: 1, merged: 1, skipped: 1 } } };
          },
        },
      ],
    });
    await chooseFile();

    // The mapping starts from the server's suggestion.
    const navn = (await screen.findByLabelText('Kolonnen «Navn»')) as HTMLSelectElement;
    expect(navn.value).toBe('NAME');
    expect((screen.getByLabelText('Kolonnen «Orgnr»') as HTMLSelectElement).value).toBe('ORG_NUMBER');
    expect((screen.getByLabelText('Kolonnen «Kommentar»') as HTMLSelectElement).value).toBe('');

    expect(screen.getByText('3 rader i fila. De første 20 vises her.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'De første radene slik de blir lest' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Linje', 'Navn', 'Organisasjonsnummer']);
    expect(screen.getByText('Ingen feil i fila.')).toBeTruthy();
    const duplicates = screen.getByRole('heading', { name: 'Dubletter etter organisasjonsnummer' }).nextElementSibling!;
    expect(within(duplicates as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Linje 2: 952\u00a0857\u00a0991 finnes allerede som Elverum Tre AS',
      'Linje 4: 952\u00a0857\u00a0991 står også på linje 2',
    ]);
    expect(screen.getByRole('link', { name: 'Elverum Tre AS' }).getAttribute('href')).toBe('/companies/p1');

    fireEvent.click(screen.getByLabelText('Slå dem sammen (utfylte celler overskriver feltene)'));
    fireEvent.click(screen.getByRole('button', { name: 'Importer 3 rader' }));

    expect(await screen.findByText('Importen er ferdig: 1 opprettet, 1 slått sammen og 1 hoppet over.')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      csv,
      duplicates: 'MERGE',
      mapping: [
        { column: 'Navn', field: 'NAME' },
        { column: 'Orgnr', field: 'ORG_NUMBER' },
      ],
    });
    expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('link', { name: 'Til bedriftslisten' }).getAttribute('href')).toBe('/companies');
  });

  it('reports each bad line and refuses to commit; a changed mapping asks again', async () => {
    const bad = {
      canCommit: false,
      issues: [
        {
          __typename: 'CompanyImportIssue',
          line: 3,
          column: 'Orgnr',
          field: 'ORG_NUMBER',
          message: 'Organisasjonsnummeret er ugyldig.',
        },
        { __typename: 'CompanyImportIssue', line: 4, column: null, field: null, message: 'Raden har for mange celler.' },
      ],
      duplicates: [],
    };
    const remapped = [
      { column: 'Navn', field: 'NAME' },
      { column: 'Orgnr', field: 'ORG_NUMBER' },
      { column: 'Kommentar', field: 'SOURCE' },
    ];
    renderApp('/companies/import', {
      viewer: viewers.LEADER,
      mocks: [
        previewMock(null, bad),
        previewMock(remapped, {
          ...bad,
          mapping: remapped.map((m) => ({ __typename: 'ColumnMapping', ...m })),
        }),
      ],
    });
    await chooseFile();

    expect((await screen.findByRole('alert')).textContent).toBe(
      '2 feil må rettes i fila før den kan importeres. Linjenumrene teller overskriften som linje 1.',
    );
    expect(screen.getByText('Linje 3, kolonnen «Orgnr»: Organisasjonsnummeret er ugyldig.')).toBeTruthy();
    expect(screen.getByText('Linje 4: Raden har for mange celler.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Importer 3 rader' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Kolonnen «Kommentar»'), { target: { value: 'SOURCE' } });
    const table = screen.getByRole('table', { name: 'De første radene slik de blir lest' });
    await waitFor(() =>
      expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
        'Linje',
        'Navn',
        'Organisasjonsnummer',
        'Kilde',
      ]),
    );
  });

  it('cancel writes nothing and starts over', async () => {
    renderApp('/companies/import', { viewer: viewers.MEMBER, mocks: [previewMock(null)] });
    await chooseFile();
    await screen.findByText('Ingen feil i fila.');
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(await screen.findByText('Importen er avbrutt. Ingenting er lagret.')).toBeTruthy();
    expect(screen.queryByText('Ingen feil i fila.')).toBeNull();
    // A commit would be an unexpected request: MockLink would fail the test with it.
  });

  it('refuses a file over 5 MB without sending it', async () => {
    renderApp('/companies/import', { viewer: viewers.MEMBER, mocks: [] });
    const big = new File(['x'], 'stor.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await userEvent.upload(await screen.findByLabelText('CSV-fil'), big);
    expect(await screen.findByText('Fila er større enn 5 MB. Del den opp og importer delene hver for seg.')).toBeTruthy();
  });
});
