import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createLoginUser, httpClient } from '../support/http-client';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let app: App;
let base: string;
let areas: Record<string, string>;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await createApp({ db, config: { env: 'test', session: { idleMinutes: 60, absoluteHours: 8 } } });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const f = factories(db);
  areas = await f.focusAreaIds();
  const id = await f.prospect({
    name: 'Ærlig Østre Å AS', orgNumber: '952857991', focusAreas: ['DEFENCE_LOGISTICS', 'BIOECONOMY'], stage: 'DIALOGUE',
    targetMunicipality: '0429', estimatedJobs: 12, contacts: ['Kari; "Berg"'],
  });
  await db.dataSource.query(`UPDATE prospects SET lost_reason = $2 WHERE id = $1`, [id, 'Linje en\nlinje to']);
  await f.prospect({ name: 'Helse AS', focusAreas: ['PUBLIC_HEALTH'] });
  const [m] = await db.dataSource.query(`INSERT INTO meetings (kind, starts_at, minutes, follow_up_date) VALUES ('SITE_VISIT', '2016-03-01T12:00:00Z', 'Befaring på tomta', '2016-03-15') RETURNING id`);
  await db.dataSource.query(`INSERT INTO meeting_prospects (meeting_id, prospect_id) VALUES ($1, $2)`, [m.id, id]);
});
afterAll(async () => {
  await app.stop();
  await db.close();
});

async function download(role: string, path: string) {
  const user = await createLoginUser(db, role);
  const client = httpClient(base);
  await client.login(user.email, user.password);
  return fetch(`${base}${path}`, { headers: { cookie: client.cookie! } });
}
const rowsOf = async (res: Response) => {
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain('\r\n');
  return parse(text, { delimiter: ';', columns: true }) as Record<string, string>[];
};

describe('CSV export for Norwegian Excel', () => {
  it('exports the companies of a filter with Norwegian headers, semicolons, BOM and quoted line breaks', async () => {
    const filter = encodeURIComponent(JSON.stringify({ focusAreaIds: [areas.DEFENCE_LOGISTICS] }));
    const res = await download('BOARD', `/export/companies.csv?filter=${filter}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="magnet-bedrifter-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = await rowsOf(res);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Navn: 'Ærlig Østre Å AS', Organisasjonsnummer: '952 857 991', Fase: 'I dialog', Fokusområder: 'Bioøkonomi, Forsvarslogistikk',
      Målkommune: 'Åmot', 'Estimerte arbeidsplasser': '12', Tapsårsak: 'Linje en\nlinje to', Arkivert: 'Nei',
    });
    expect(rows[0]!['Sist aktivitet']).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  });

  it('exports contacts and meetings for the team, never for BOARD', async () => {
    const contacts = await rowsOf(await download('MEMBER', '/export/contacts.csv'));
    expect(contacts).toEqual([expect.objectContaining({ Bedrift: 'Ærlig Østre Å AS', Navn: 'Kari; "Berg"', 'Ikke kontakt': 'Nei' })]);
    const meetings = await rowsOf(await download('LEADER', '/export/meetings.csv'));
    expect(meetings).toEqual([
      expect.objectContaining({ Tidspunkt: '01.03.2016 13:00', Type: 'Befaring', Referat: 'Befaring på tomta', Oppfølging: '15.03.2016', 'Oppfølging utført': 'Nei' }),
    ]);
    expect((await download('BOARD', '/export/contacts.csv')).status).toBe(403);
    expect((await download('BOARD', '/export/meetings.csv')).status).toBe(403);
  });

  it('refuses anonymous callers and a bad filter', async () => {
    expect((await fetch(`${base}/export/companies.csv`)).status).toBe(401);
    const res = await download('MEMBER', `/export/companies.csv?filter=${encodeURIComponent('{"focusAreaIds":["x"]}')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Ugyldig filter: Ugyldig id.');
  });
});
