import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '../../src/modules/auth/session-cookie';
import { SessionService } from '../../src/modules/auth/session.service';
import { RegisterImportSource } from '../../src/modules/register-import/register-import.entity';
import { registerImportRoutes } from '../../src/modules/register-import/register-import.routes';
import { RegisterImportService } from '../../src/modules/register-import/register-import.service';
import type { RegisterScope } from '../../src/modules/register-import/register-scope';
import type { Database } from '../../src/shared/database/database';
import { createTestClient, signedIn, testSessionPolicy } from '../support/graphql';
import { createDataTestDatabase } from './support/data-database';

vi.mock('../../src/shared/database/entities', async (io) => (await import('./support/data-modules.js')).withDataEntities(io as any));
vi.mock('../../src/shared/database/migrations', async (io) => (await import('./support/data-modules.js')).withDataMigrations(io as any));
vi.mock('../../src/app/build-schema', async (io) => (await import('./support/data-modules.js')).withDataResolvers(io as any));

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const region: RegisterScope = { municipalities: ['3419', '3420', '3422'], industryPrefixes: [] };

let db: Database;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

/** The file as a stream of `size`-byte chunks: records, quotes and UTF-8 characters get cut anywhere. */
function chunked(content: Buffer | string, size = 64 * 1024): AsyncIterable<Buffer> {
  const buffer = Buffer.from(content);
  return Readable.from(
    (function* () {
      for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
    })(),
  );
}

const importFile = (content: Buffer | string, scope = region, chunkSize?: number) =>
  new RegisterImportService(db.dataSource.manager).run(chunked(content, chunkSize), { scope, source: RegisterImportSource.CLI, fileName: 'test' });

const copy = () =>
  q(`SELECT org_number, name, legal_form, industry_code, employees, address, municipality, founded_on::text, bankrupt,
            under_liquidation, deleted_on::text, content_hash, imported_at FROM register_entities ORDER BY org_number`);

beforeAll(async () => {
  db = await createDataTestDatabase();
});
afterAll(() => db.close());

describe('register import', () => {
  it('keeps the region from the bulk CSV: columns by name, quoted line breaks, old numbers, absent counts, deleted and bankrupt marked', async () => {
    const report = await importFile(fixture('enheter-region.csv'));
    expect(report).toMatchObject({ status: 'SUCCEEDED', rowsRead: 9, rowsKept: 8, changedOrgNumbers: [], removedOrgNumbers: [] });
    expect(report.newOrgNumbers).toEqual(['999900127', '999900135', '999900143', '999900151', '999900178', '999900186', '999900208', '999900216']);

    const rows = Object.fromEntries((await copy()).map((r: any) => [r.org_number, r]));
    expect(rows['999900194']).toBeUndefined(); // Oslo: not the region
    expect(rows['999900127']).toMatchObject({
      name: 'SAGBRUK, HØVLERI OG "SØNNER" AS', legal_form: 'AS', industry_code: '16.110', employees: 35,
      address: 'Postboks 5, Sagvegen 2', municipality: '3420', founded_on: '2001-03-04', bankrupt: false, deleted_on: null,
    });
    expect(rows['999900135'].municipality).toBe('3420'); // 0427 Elverum, stored as the current number
    expect(rows['999900208']).toMatchObject({ municipality: '3422', employees: 0 }); // 0429 Åmot; a registered 0 stays 0
    expect(rows['999900143'].employees).toBeNull(); // no registered count: unknown, not 0
    expect(rows['999900216']).toMatchObject({ legal_form: 'ENK', employees: null });
    expect(rows['999900151'].deleted_on).toBe('2024-06-30');
    expect(rows['999900178'].bankrupt).toBe(true);
    expect(rows['999900186'].under_liquidation).toBe(true);

    const [audit] = await q(`SELECT action, diff FROM audit_entries WHERE entity = 'RegisterImport' AND entity_id = $1`, [report.id]);
    expect(audit).toEqual({ action: 'IMPORT', diff: expect.objectContaining({ new: { before: null, after: 8 }, removed: { before: null, after: 0 } }) });
  });

  it('re-imports the same file, gzipped and cut into 7-byte chunks, without changing anything', async () => {
    const before = await copy();
    const report = await importFile(gzipSync(fixture('enheter-region.csv')), region, 7);
    expect(report).toMatchObject({ rowsRead: 9, rowsKept: 8, newOrgNumbers: [], changedOrgNumbers: [], removedOrgNumbers: [] });
    expect(await copy()).toEqual(before);
  });

  it('re-imports a newer file and reports exactly what is new, changed and removed (also moved out of the region)', async () => {
    const report = await importFile(fixture('enheter-region-v2.csv'));
    expect(report.newOrgNumbers).toEqual(['999900224']);
    expect(report.changedOrgNumbers).toEqual(['999900127']);
    expect(report.removedOrgNumbers).toEqual(['999900143', '999900208']);
    const rows = await copy();
    expect(rows.map((r: any) => r.org_number)).toEqual(['999900127', '999900135', '999900151', '999900178', '999900186', '999900216', '999900224']);
    expect(rows.find((r: any) => r.org_number === '999900127').employees).toBe(40);
    expect(await q(`SELECT count(*)::int AS n FROM register_import_rows`)).toEqual([{ n: 0 }]);
  });

  it('reads the bulk JSON file (a huge array: streamed), with the same mapping as the register API', async () => {
    const json = fixture('enheter-region.json');
    const report = await importFile(json, region, 5);
    expect(report).toMatchObject({ rowsRead: 4, rowsKept: 2, newOrgNumbers: ['999900232', '999900240'] });
    // Everything else was in the region before and is not in this file.
    expect(report.removedOrgNumbers).toEqual(['999900127', '999900135', '999900151', '999900178', '999900186', '999900216', '999900224']);
    const rows = await copy();
    expect(rows).toEqual([
      expect.objectContaining({ org_number: '999900232', address: 'Biovegen 1, Bygg "B"', employees: 12, municipality: '3420', industry_code: '16.210' }),
      expect.objectContaining({ org_number: '999900240', employees: null, municipality: '3419', founded_on: '2016-06-06' }),
    ]);
    expect((await importFile(json, region, 64 * 1024)).newOrgNumbers).toEqual([]);
  });

  it('keeps only the chosen industries, and removes only within that scope', async () => {
    await importFile(fixture('enheter-region.csv'));
    const report = await importFile(fixture('enheter-region-v2.csv'), { municipalities: ['3420', '3419', '3422'], industryPrefixes: ['16', '72.1'] });
    expect(report).toMatchObject({ rowsKept: 2, newOrgNumbers: ['999900224'], changedOrgNumbers: ['999900127'], removedOrgNumbers: [] });
    // 999900143 (86.992) and 999900208 (84.220) are absent from v2 but outside this scope: left alone.
    const numbers = (await copy()).map((r: any) => r.org_number);
    expect(numbers).toEqual(expect.arrayContaining(['999900143', '999900208', '999900224']));
  });

  it.each([
    ['an unclosed quote', Buffer.from('"organisasjonsnummer","navn","forretningsadresse.kommunenummer"\n"999900232","GLOMMA,"3420"\n'), /anførselstegn/],
    ['a truncated gzip file', gzipSync(fixture('enheter-region-v2.csv')).subarray(0, 300), /gzip/],
    ['a file without the register columns', Buffer.from('Navn;Org.nr.\nFirma AS;999900232\n'), /mangler kolonnen «organisasjonsnummer»/],
    ['a JSON array cut short', Buffer.from(fixture('enheter-region.json').toString().slice(0, 900)), /ufullstendig/],
  ])('fails on %s: the copy is unchanged and nothing stays staged', async (_what, content, message) => {
    const before = await copy();
    await expect(importFile(content)).rejects.toThrow(message);
    expect(await copy()).toEqual(before);
    expect(await q(`SELECT count(*)::int AS n FROM register_import_rows`)).toEqual([{ n: 0 }]);
    const [last] = await q(`SELECT status, error FROM register_imports ORDER BY started_at DESC LIMIT 1`);
    expect(last.status).toBe('FAILED');
    expect(last.error).toMatch(message);
  });

  it('runs one import at a time', async () => {
    const [running] = await q(`INSERT INTO register_imports (status, source, municipalities, industry_prefixes) VALUES ('RUNNING', 'CLI', '{}', '{}') RETURNING id`);
    await expect(importFile(fixture('enheter-sample.csv'))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await q(`UPDATE register_imports SET status = 'FAILED' WHERE id = $1`, [running.id]);
  });

  it('reads the sample of the real bulk file', async () => {
    const report = await importFile(fixture('enheter-sample.csv'), { municipalities: ['3403'], industryPrefixes: [] });
    expect(report.newOrgNumbers).toEqual(['999900119']);
    const [row] = await q(`SELECT name, under_liquidation, employees FROM register_entities WHERE org_number = '999900119'`);
    expect(row).toEqual({ name: 'HAMAR PHARMA LOGISTICS AS', under_liquidation: true, employees: 27 });
  });
});

describe('register import over HTTP and GraphQL', () => {
  let server: ReturnType<express.Express['listen']>;
  let base: string;
  const cookieOf = async (role: string) => {
    const viewer = await signedIn(db, role);
    const [user] = await q(`SELECT id FROM users WHERE email = $1`, [viewer.email]);
    const { token } = await new SessionService(db.dataSource.manager, testSessionPolicy).create(user.id, {});
    return `${SESSION_COOKIE}=${token}`;
  };
  const post = (cookie: string | null, body: Buffer, query = 'municipality=3420,0426,3422', type = 'application/octet-stream') =>
    fetch(`${base}/import/register?${query}&fileName=enheter.csv.gz`, {
      method: 'POST',
      headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
      body,
    });

  beforeAll(async () => {
    const app = express().use('/import', registerImportRoutes(db, testSessionPolicy));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('refuses anonymous callers, MEMBER and BOARD, form-like content types and a bad scope', async () => {
    const file = gzipSync(fixture('enheter-region.csv'));
    expect((await post(null, file)).status).toBe(401);
    expect((await post(await cookieOf('MEMBER'), file)).status).toBe(403);
    expect((await post(await cookieOf('BOARD'), file)).status).toBe(403);
    const leader = await cookieOf('LEADER');
    expect((await post(leader, file, undefined, 'text/plain')).status).toBe(415);
    const bad = await post(leader, file, 'municipality=Elverum');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/fire sifre/);
  });

  it('streams the upload and answers with progress lines and the report (NDJSON); the last report is a query', async () => {
    const leader = await cookieOf('LEADER');
    const res = await post(leader, gzipSync(fixture('enheter-region-v2.csv')));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1).report).toMatchObject({ status: 'SUCCEEDED', source: 'UPLOAD', fileName: 'enheter.csv.gz', rowsRead: 9, municipalities: ['3419', '3420', '3422'] });
    expect(lines.slice(0, -1).every((l) => typeof l.progress?.bytesRead === 'number')).toBe(true);

    const viewer = await signedIn(db, 'ADMIN');
    const client = await createTestClient(db, viewer);
    const last = await client.data('{ lastRegisterImport { status source rowsKept removedOrgNumbers startedBy { role } } }');
    expect(last.lastRegisterImport).toMatchObject({ status: 'SUCCEEDED', source: 'UPLOAD', rowsKept: 7, startedBy: { role: 'LEADER' } });
    expect(await client.as(await signedIn(db, 'MEMBER')).errorCodes('{ lastRegisterImport { status } }')).toEqual(['FORBIDDEN']);
    await client.stop();
  });

  it('tells in the stream when the file is broken', async () => {
    const res = await post(await cookieOf('ADMIN'), gzipSync(fixture('enheter-region.csv')).subarray(0, 200));
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1).error).toMatch(/gzip/);
  });
});
