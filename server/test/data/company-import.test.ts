import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProspectService } from '../../src/modules/prospect/prospect.service';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createDataTestDatabase } from './support/data-database';

vi.mock('../../src/shared/database/entities', async (io) => (await import('./support/data-modules.js')).withDataEntities(io as any));
vi.mock('../../src/shared/database/migrations', async (io) => (await import('./support/data-modules.js')).withDataMigrations(io as any));
vi.mock('../../src/app/build-schema', async (io) => (await import('./support/data-modules.js')).withDataResolvers(io as any));

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

const PREVIEW = `query($csv: String!, $m: [ColumnMappingInput!]) {
  previewCompanyImport(csv: $csv, mapping: $m) {
    delimiter headers rowCount canCommit
    suggestedMapping { column field } mapping { column field }
    rows { line name orgNumber municipality employees }
    issues { line column field message }
    duplicates { line orgNumber kind prospectId prospectName firstLine }
  }
}`;
const COMMIT = `mutation($csv: String!, $m: [ColumnMappingInput!], $d: DuplicateHandling!, $k: String!) {
  commitCompanyImport(csv: $csv, mapping: $m, duplicates: $d, idempotencyKey: $k) {
    id created merged skipped lines { line outcome prospectId }
  }
}`;

let keys = 0;
const commit = (csv: string, duplicates: 'SKIP' | 'MERGE', key = `import-nokkel-${keys++}`) => client.execute(COMMIT, { csv, d: duplicates, k: key });

/** Row counts of every table an import could touch: "writes nothing" means these stay. */
async function counts() {
  const tables = ['prospects', 'prospect_focus_areas', 'stage_changes', 'audit_entries', 'company_imports', 'idempotency_keys'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await q(`SELECT count(*)::int AS n FROM ${t}`))[0].n])));
}

beforeAll(async () => {
  db = await createDataTestDatabase();
  client = await createTestClient(db, await signedIn(db, 'MEMBER'));
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

// Norwegian Excel: BOM, semicolons, CRLF, spaces (also U+00A0) as thousands separators, a quoted field holding ";".
const goodCsv =
  '\uFEFFNavn;Org.nr.;Kommune;Ansatte;Estimerte arbeidsplasser;Nettside;Kilde\r\n' +
  'Trebyggeriet AS;974 760 673;3420;1 234;12;www.tre.example;Messe\r\n' +
  '"Farma; Nord AS";952857991;0429;"1\u00a0234";;;\r\n' +
  'Helsehuset AS;;3419;1.234;3;;\r\n';

const badCsv = [
  'Navn;Organisasjonsnummer;Kommunenummer;Antall ansatte',
  'Ok AS;999900127;3420;10',
  'Feil Orgnr AS;123456789;3420;1',
  '"Flerlinje', // a quoted line break: the record starts on line 4, the next on line 6
  'AS";999900135;9999;2',
  'Tall AS;999900143;3420;mange',
  ';999900151;3419;3',
  'Desimal AS;999900178;3420;12,5',
].join('\n');

describe('CSV import of companies: preview', () => {
  it('detects ; and the BOM, suggests a mapping from Norwegian headers, reads Norwegian numbers, and writes nothing', async () => {
    const before = await counts();
    const preview = (await client.data(PREVIEW, { csv: goodCsv })).previewCompanyImport;
    expect(preview).toMatchObject({
      delimiter: ';', rowCount: 3, canCommit: true, issues: [], duplicates: [],
      headers: ['Navn', 'Org.nr.', 'Kommune', 'Ansatte', 'Estimerte arbeidsplasser', 'Nettside', 'Kilde'],
    });
    expect(preview.suggestedMapping).toEqual([
      { column: 'Navn', field: 'NAME' },
      { column: 'Org.nr.', field: 'ORG_NUMBER' },
      { column: 'Kommune', field: 'MUNICIPALITY' },
      { column: 'Ansatte', field: 'EMPLOYEES' },
      { column: 'Estimerte arbeidsplasser', field: 'ESTIMATED_JOBS' },
      { column: 'Nettside', field: 'WEBSITE' },
      { column: 'Kilde', field: 'SOURCE' },
    ]);
    expect(preview.rows[1]).toEqual({ line: 3, name: 'Farma; Nord AS', orgNumber: '952857991', municipality: '0429', employees: '1\u00a0234' });
    expect(await counts()).toEqual(before);
  });

  it('detects , and English headers, and follows a mapping given by the user', async () => {
    const csv = 'Company name,Organization number,Municipality,Employees,Notes\nNordic Wood AS,974760673,3420,15,big\n';
    const preview = (await client.data(PREVIEW, { csv })).previewCompanyImport;
    expect(preview.delimiter).toBe(',');
    expect(preview.suggestedMapping.map((m: any) => m.field)).toEqual(['NAME', 'ORG_NUMBER', 'MUNICIPALITY', 'EMPLOYEES']);
    const mapped = (await client.data(PREVIEW, { csv, m: [{ column: 'Notes', field: 'NAME' }] })).previewCompanyImport;
    expect(mapped.rows[0]).toEqual({ line: 2, name: 'big', orgNumber: null, municipality: null, employees: null });
    expect((await client.execute(PREVIEW, { csv, m: [{ column: 'Kommune', field: 'MUNICIPALITY' }] })).errors?.[0]?.message).toMatch(
      /Kolonnen «Kommune» finnes ikke/,
    );
  });

  it('reports every bad line with its file line number', async () => {
    const preview = (await client.data(PREVIEW, { csv: badCsv })).previewCompanyImport;
    expect(preview.canCommit).toBe(false);
    expect(preview.issues.map((i: any) => [i.line, i.field])).toEqual([
      [3, 'ORG_NUMBER'],
      [4, 'MUNICIPALITY'],
      [6, 'EMPLOYEES'],
      [7, 'NAME'],
      [8, 'EMPLOYEES'],
    ]);
    expect(preview.issues.map((i: any) => i.message)).toEqual([
      expect.stringMatching(/Organisasjonsnummeret er ugyldig/),
      'Ukjent kommunenummer 9999.',
      '«mange» er ikke et helt tall.',
      'Navnet må fylles ut.',
      '«12,5» er ikke et helt tall.',
    ]);
    expect(preview.issues[0].column).toBe('Organisasjonsnummer');
  });

  it('refuses files over 5 MB or 20 000 rows with a clear message', async () => {
    const huge = `Navn\n${'Bedrift AS\n'.repeat(500_000)}`;
    expect((await client.execute(PREVIEW, { csv: huge })).errors?.[0]?.message).toMatch(/høyst 5 MB/);
    const many = `Navn\n${'B\n'.repeat(20_001)}`;
    expect((await client.execute(PREVIEW, { csv: many })).errors?.[0]?.message).toMatch(/20\s000/);
  });

  it('is closed to BOARD', async () => {
    expect(await client.as(await signedIn(db, 'BOARD')).errorCodes(PREVIEW, { csv: goodCsv })).toEqual(['FORBIDDEN']);
  });
});

describe('CSV import of companies: commit', () => {
  it('refuses a file with errors and writes nothing', async () => {
    const before = await counts();
    const result = await commit(badCsv, 'SKIP');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/5 feil \(første: linje 3/);
    expect((result.errors?.[0]?.extensions?.issues as any[]).map((i) => i.line)).toEqual([3, 4, 6, 7, 8]);
    expect(await counts()).toEqual(before);
  });

  it('writes every row of a good file: first stage, a stage-change entry and an audit entry each; a retry returns the first report', async () => {
    const before = await counts();
    const key = 'god-fil-import-1';
    const report = (await commit(goodCsv, 'SKIP', key)).data!.commitCompanyImport;
    expect(report).toMatchObject({ created: 3, merged: 0, skipped: 0 });
    const ids = report.lines.map((l: any) => l.prospectId);
    const rows = await q(
      `SELECT p.name, p.org_number, p.municipality, p.employees, p.estimated_jobs, p.source, s.key AS stage,
              (SELECT count(*)::int FROM stage_changes sc WHERE sc.prospect_id = p.id AND sc.from_stage_id IS NULL) AS first_entries,
              (SELECT count(*)::int FROM audit_entries a WHERE a.entity = 'Prospect' AND a.entity_id = p.id::text AND a.action = 'CREATE') AS audits
         FROM prospects p JOIN stages s ON s.id = p.stage_id WHERE p.id = ANY($1) ORDER BY p.name`,
      [ids],
    );
    expect(rows).toEqual([
      { name: 'Farma; Nord AS', org_number: '952857991', municipality: '3422', employees: 1234, estimated_jobs: null, source: 'CSV-import', stage: 'IDENTIFIED', first_entries: 1, audits: 1 },
      { name: 'Helsehuset AS', org_number: null, municipality: '3419', employees: 1234, estimated_jobs: 3, source: 'CSV-import', stage: 'IDENTIFIED', first_entries: 1, audits: 1 },
      { name: 'Trebyggeriet AS', org_number: '974760673', municipality: '3420', employees: 1234, estimated_jobs: 12, source: 'Messe', stage: 'IDENTIFIED', first_entries: 1, audits: 1 },
    ]);
    const after = await counts();
    expect(after.prospects - before.prospects).toBe(3);
    expect(after.stage_changes - before.stage_changes).toBe(3);
    expect(after.company_imports - before.company_imports).toBe(1);

    const retry = (await commit(goodCsv, 'SKIP', key)).data!.commitCompanyImport;
    expect(retry).toEqual(report);
    expect(await counts()).toEqual(after);
  });

  it('writes nothing when the commit fails half-way through (after the new companies are written)', async () => {
    await factories(db).prospect({ name: 'Flettes AS', orgNumber: '999900259' });
    const before = await counts();
    const spy = vi.spyOn(ProspectService.prototype, 'update').mockRejectedValue(new Error('database went away'));
    try {
      const result = await commit('Navn;Orgnr\nEn AS;\nTo AS;\nFlettes Nytt AS;999900259\n', 'MERGE');
      expect(spy).toHaveBeenCalledOnce();
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      spy.mockRestore();
    }
    expect(await counts()).toEqual(before);
  });
});

describe('CSV import of companies: duplicates by organisation number', () => {
  /** An active company, a new number twice in the file, and the number of an archived company. */
  async function scenario(existing: string, fresh: string, archived: string) {
    const f = factories(db);
    const existingId = await f.prospect({ name: 'Eksisterende AS', orgNumber: existing });
    await q(`UPDATE prospects SET employees = 7, website = 'www.gammel.example' WHERE id = $1`, [existingId]);
    await f.prospect({ name: 'Arkivert AS', orgNumber: archived, archived: true });
    const csv = [
      'Navn;Orgnr;Ansatte;Nettside',
      `Eksisterende Nytt Navn AS;${existing};50;`,
      `Ny Bedrift AS;${fresh};5;www.ny.example`,
      `Ny Bedrift Igjen AS;${fresh.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3')};;www.ny2.example`,
      `Arkivert Før AS;${archived};1;`,
    ].join('\n');
    return { existingId, csv };
  }

  it('are listed by the preview: against active companies and within the file (archived ones are not duplicates)', async () => {
    const { existingId, csv } = await scenario('999900186', '999900194', '999900208');
    const preview = (await client.data(PREVIEW, { csv })).previewCompanyImport;
    expect(preview.duplicates).toEqual([
      { line: 2, orgNumber: '999900186', kind: 'EXISTING_COMPANY', prospectId: existingId, prospectName: 'Eksisterende AS', firstLine: null },
      { line: 4, orgNumber: '999900194', kind: 'REPEATED_IN_FILE', prospectId: null, prospectName: null, firstLine: 3 },
    ]);
  });

  it('are skipped when asked: the active company is left as it was', async () => {
    const { existingId, csv } = await scenario('999900216', '999900224', '999900232');
    const report = (await commit(csv, 'SKIP')).data!.commitCompanyImport;
    expect(report).toMatchObject({ created: 2, merged: 0, skipped: 2 });
    expect(report.lines.map((l: any) => [l.line, l.outcome])).toEqual([[2, 'SKIPPED'], [3, 'CREATED'], [4, 'SKIPPED'], [5, 'CREATED']]);
    expect(await q(`SELECT name, employees, website, version FROM prospects WHERE id = $1`, [existingId])).toEqual([
      { name: 'Eksisterende AS', employees: 7, website: 'www.gammel.example', version: 1 },
    ]);
    expect(await q(`SELECT name, website FROM prospects WHERE org_number = '999900224'`)).toEqual([{ name: 'Ny Bedrift AS', website: 'www.ny.example' }]);
    expect(await q(`SELECT count(*)::int AS n FROM prospects WHERE org_number = '999900232'`)).toEqual([{ n: 2 }]); // the archived one and the new one
  });

  it('are merged when asked: filled cells overwrite, empty cells leave the field, audited as updates', async () => {
    const { existingId, csv } = await scenario('999900240', '999900267', '999900151');
    const report = (await commit(csv, 'MERGE')).data!.commitCompanyImport;
    expect(report).toMatchObject({ created: 2, merged: 2, skipped: 0 });
    expect(await q(`SELECT name, employees, website, version FROM prospects WHERE id = $1`, [existingId])).toEqual([
      { name: 'Eksisterende Nytt Navn AS', employees: 50, website: 'www.gammel.example', version: 2 },
    ]);
    expect(await q(`SELECT name, employees, website FROM prospects WHERE org_number = '999900267'`)).toEqual([
      { name: 'Ny Bedrift Igjen AS', employees: 5, website: 'www.ny2.example' },
    ]);
    expect(await q(`SELECT action FROM audit_entries WHERE entity = 'Prospect' AND entity_id = $1`, [existingId])).toEqual([{ action: 'UPDATE' }]);
  });
});
