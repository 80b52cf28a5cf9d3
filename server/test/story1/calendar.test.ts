import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createLoginUser, httpClient } from '../support/http-client';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let app: App;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await createApp({ db, config: { env: 'test', session: { idleMinutes: 60, absoluteHours: 8 } } });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.stop();
  await db.close();
});

async function signedInFetch(role: string) {
  const user = await createLoginUser(db, role);
  const client = httpClient(base);
  await client.login(user.email, user.password);
  return { user, get: (path: string) => fetch(`${base}${path}`, { headers: { cookie: client.cookie! } }) };
}

describe('calendar export (.ics)', () => {
  it('exports the meetings of a company and my meetings as iCalendar', async () => {
    const { user, get } = await signedInFetch('MEMBER');
    const prospectId = await factories(db).prospect({ name: 'Kalender AS' });
    const [m] = await db.dataSource.query(
      `INSERT INTO meetings (kind, starts_at, next_step, minutes, created_by_id) VALUES ('SITE_VISIT', '2026-12-03T09:00:00Z', 'Sende tilbud', 'Hemmelig referat', $1) RETURNING id`,
      [user.id],
    );
    await db.dataSource.query('INSERT INTO meeting_prospects (meeting_id, prospect_id) VALUES ($1, $2)', [m.id, prospectId]);

    const res = await get(`/calendar/prospects/${prospectId}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".*\.ics"/);
    const text = await res.text();
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(unfolded).toContain(`UID:${m.id}@magnet`);
    expect(unfolded).toContain('SUMMARY:Befaring: Kalender AS');
    expect(unfolded).toContain('DESCRIPTION:Neste steg: Sende tilbud');
    expect(unfolded).toContain('DTSTART:20261203T090000Z');
    expect(unfolded).toContain('DTEND:20261203T100000Z');
    expect(unfolded).not.toContain('Hemmelig referat');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const mine = await (await get('/calendar/my-meetings.ics')).text();
    expect(mine).toContain(`UID:${m.id}@magnet`);
  });

  it('is closed to anonymous callers and to BOARD', async () => {
    expect((await fetch(`${base}/calendar/my-meetings.ics`)).status).toBe(401);
    const board = await signedInFetch('BOARD');
    expect((await board.get('/calendar/my-meetings.ics')).status).toBe(403);
  });

  it('answers 404 for an unknown company', async () => {
    const { get } = await signedInFetch('LEADER');
    expect((await get('/calendar/prospects/00000000-0000-4000-8000-000000000000.ics')).status).toBe(404);
    expect((await get('/calendar/prospects/nope.ics')).status).toBe(404);
  });
});
