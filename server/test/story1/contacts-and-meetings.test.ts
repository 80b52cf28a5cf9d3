import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let leader: Viewer;
let prospectId: string;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
/** The code and message of each error an operation answers with. */
const errors = async (query: string, variables: Record<string, unknown>) =>
  (await client.execute(query, variables)).errors?.map((e) => [e.extensions?.code, e.message]);

const CREATE_CONTACT = `mutation($i: CreateContactInput!) { createContact(input: $i) { id name email phone doNotContact version } }`;
const UPDATE_CONTACT = `mutation($i: UpdateContactInput!) { updateContact(input: $i) { id email phone doNotContact version } }`;
const CREATE_MEETING = `mutation($i: CreateMeetingInput!, $k: String) {
  createMeeting(input: $i, idempotencyKey: $k) {
    id kind startsAt minutes nextStep followUpDate followUpDone version
    prospects { id } users { id } contacts { name } createdBy { id }
  }
}`;

/** A date relative to today in Norway, as åååå-mm-dd. */
function osloDate(offsetDays: number): string {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
  today.setDate(today.getDate() + offsetDays);
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  db = await createTestDatabase();
  leader = await signedIn(db, 'LEADER', 'Lars Nygård');
  client = await createTestClient(db, leader);
  prospectId = await factories(db).prospect({ name: 'Møte AS', createdAt: '2020-01-01T00:00:00Z' });
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('contacts', () => {
  it('accepts Norwegian phone numbers as people write them and normalises e-mail', async () => {
    for (const [written, stored] of [
      ['412 34 567', '+47 41 23 45 67'],
      ['41234567', '+47 41 23 45 67'],
      ['+47 412 34 567', '+47 41 23 45 67'],
      ['0047 62 43 00 00', '+47 62 43 00 00'],
      ['+46 70 123 45 67', '+46 70 123 45 67'],
    ]) {
      const c = (await client.data(CREATE_CONTACT, { i: { prospectId, name: 'Kari Berg', phone: written, email: ' Kari.Berg@Firma.NO ' } })).createContact;
      expect(c.phone, written).toBe(stored);
      expect(c.email).toBe('kari.berg@firma.no');
    }
  });

  it('stores an empty or blank title as none (null), as company text fields do', async () => {
    const c = (await client.data(CREATE_CONTACT, { i: { prospectId, name: 'Ola Nordmann', title: '   ' } })).createContact;
    expect((await q(`SELECT title FROM contacts WHERE id = $1`, [c.id]))[0].title).toBeNull();
    await client.data(UPDATE_CONTACT, { i: { id: c.id, version: c.version, title: ' Daglig leder ' } });
    expect((await q(`SELECT title FROM contacts WHERE id = $1`, [c.id]))[0].title).toBe('Daglig leder');
    await client.data(UPDATE_CONTACT, { i: { id: c.id, version: c.version + 1, title: '' } });
    expect((await q(`SELECT title FROM contacts WHERE id = $1`, [c.id]))[0].title).toBeNull();
  });

  it.each([
    [{ email: 'kari@' }, 'E-postadressen er ugyldig. Skriv for eksempel navn@firma.no.'],
    [{ email: 'kari firma.no' }, 'E-postadressen er ugyldig. Skriv for eksempel navn@firma.no.'],
    [{ phone: '123' }, 'Telefonnummeret er ugyldig. Skriv for eksempel 412 34 567 eller +46 70 123 45 67.'],
    [{ name: '' }, 'Navnet må fylles ut.'],
  ])('refuses %o with a Norwegian message and writes nothing', async (bad, message) => {
    const [{ n: before }] = await q('SELECT count(*)::int AS n FROM contacts');
    const result = await client.execute(CREATE_CONTACT, { i: { prospectId, name: 'Ola', ...bad } });
    expect(result.errors?.[0]?.message).toContain(message);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n: after }] = await q('SELECT count(*)::int AS n FROM contacts');
    expect(after).toBe(before);
  });

  it('edits with the version check, sets do-not-contact, and removes', async () => {
    const c = (await client.data(CREATE_CONTACT, { i: { prospectId, name: 'Per Strand' } })).createContact;
    const both = await Promise.all([
      client.execute(UPDATE_CONTACT, { i: { id: c.id, version: 1, doNotContact: true } }),
      client.execute(UPDATE_CONTACT, { i: { id: c.id, version: 1, email: 'per@firma.no' } }),
    ]);
    expect(both.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = await q('SELECT version FROM contacts WHERE id = $1', [c.id]);
    expect(row.version).toBe(2);
    expect(await client.errorCodes(`mutation($id: ID!) { deleteContact(id: $id, version: 1) }`, { id: c.id })).toEqual(['CONFLICT']);
    expect((await client.data(`mutation($id: ID!) { deleteContact(id: $id, version: 2) }`, { id: c.id })).deleteContact).toBe(c.id);
    expect(await q('SELECT 1 FROM contacts WHERE id = $1', [c.id])).toEqual([]);
  });
});

describe('meetings and follow-ups', () => {
  it('logs a meeting with participants, minutes, next step and follow-up date, and marks the company active', async () => {
    const contact = (await client.data(CREATE_CONTACT, { i: { prospectId, name: 'Anne Vik' } })).createContact;
    const m = (
      await client.data(CREATE_MEETING, {
        i: {
          kind: 'DIALOGUE_MEETING', startsAt: '2026-11-20T13:00:00+01:00', prospectIds: [prospectId], contactIds: [contact.id],
          minutes: 'Gjennomgang av behov for lokaler.', nextStep: 'Sende tomteoversikt', followUpDate: osloDate(3),
        },
      })
    ).createMeeting;
    expect(m).toMatchObject({
      kind: 'DIALOGUE_MEETING', startsAt: '2026-11-20T12:00:00.000Z', followUpDone: false, version: 1,
      prospects: [{ id: prospectId }], users: [{ id: leader.id }], contacts: [{ name: 'Anne Vik' }], createdBy: { id: leader.id },
    });
    const [p] = await q(`SELECT last_activity_at > now() - interval '1 minute' AS recent FROM prospects WHERE id = $1`, [prospectId]);
    expect(p.recent).toBe(true);
  });

  it.each([
    [{ followUpDate: '31.12.2026' }, /åååå-mm-dd/],
    [{ followUpDate: '2026-13-01' }, /finnes ikke i kalenderen/],
    [{ startsAt: '2026-11-20 13:00' }, /ISO 8601 med tidssone/],
    [{ contactIds: ['00000000-0000-4000-8000-000000000000'] }, /Kontaktpersonene må høre til en av bedriftene/],
  ])('refuses %o and writes nothing', async (bad, message) => {
    const [{ n: before }] = await q('SELECT count(*)::int AS n FROM meetings');
    const result = await client.execute(CREATE_MEETING, {
      i: { kind: 'PHONE_CALL', startsAt: '2026-11-20T13:00:00+01:00', prospectIds: [prospectId], ...bad },
    });
    expect(result.errors?.[0]?.message).toMatch(message);
    const [{ n: after }] = await q('SELECT count(*)::int AS n FROM meetings');
    expect(after).toBe(before);
  });

  it('lists my follow-ups: overdue first, then this week, then later; done ones drop out', async () => {
    const other = await signedIn(db, 'MEMBER');
    const make = async (as: Viewer, followUpDate: string, minutes: string) =>
      (
        await client.as(as).data(CREATE_MEETING, {
          i: { kind: 'PHONE_CALL', startsAt: '2026-11-01T10:00:00+01:00', prospectIds: [prospectId], followUpDate, minutes },
        })
      ).createMeeting;
    const me = await signedIn(db, 'MEMBER', 'Marte');
    const overdueOld = await make(me, osloDate(-10), 'eldst forfalt');
    const overdue = await make(me, osloDate(-1), 'forfalt');
    const today = await make(me, osloDate(0), 'i dag');
    const later = await make(me, osloDate(30), 'senere');
    await make(other, osloDate(-1), 'en annens');
    const done = await make(me, osloDate(-2), 'ferdig');
    await client.as(me).data(`mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { followUpDone } }`, {
      i: { id: done.id, version: 1, followUpDone: true },
    });

    const { myFollowUps } = await client.as(me).data(`{ myFollowUps { overdue { id } thisWeek { id } later { id } } }`);
    expect(myFollowUps.overdue.map((m: any) => m.id)).toEqual([overdueOld.id, overdue.id]);
    expect(myFollowUps.thisWeek.map((m: any) => m.id)).toEqual([today.id]);
    expect(myFollowUps.later.map((m: any) => m.id)).toContain(later.id);
  });

  it('lists upcoming meetings, soonest first', async () => {
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const sooner = new Date(Date.now() + 86_400_000).toISOString();
    const a = (await client.data(CREATE_MEETING, { i: { kind: 'SITE_VISIT', startsAt: soon, prospectIds: [prospectId] } })).createMeeting;
    const b = (await client.data(CREATE_MEETING, { i: { kind: 'SITE_VISIT', startsAt: sooner, prospectIds: [prospectId] } })).createMeeting;
    const { upcomingMeetings } = await client.data(`{ upcomingMeetings { id } }`);
    expect(upcomingMeetings.map((m: any) => m.id)).toEqual([b.id, a.id]);
  });

  it('keeps a participant who was deactivated since on an edit, but adds only active users; a stale edit says so in good Norwegian', async () => {
    const UPDATE = `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { minutes version users { id } } }`;
    const former = await signedIn(db, 'MEMBER', 'Tidligere Ansatt');
    const m = (
      await client.data(CREATE_MEETING, { i: { kind: 'SITE_VISIT', startsAt: '2026-09-01T10:00:00+02:00', prospectIds: [prospectId], userIds: [leader.id, former.id] } })
    ).createMeeting;
    await q(`UPDATE users SET active = false WHERE id = $1`, [former.id]);

    const edited = (await client.data(UPDATE, { i: { id: m.id, version: 1, minutes: 'Rettet referat' } })).updateMeeting;
    expect(edited.minutes).toBe('Rettet referat');
    expect(edited.users.map((u: { id: string }) => u.id).sort()).toEqual([leader.id, former.id].sort());

    const someoneElse = await signedIn(db, 'MEMBER', 'Også Sluttet');
    await q(`UPDATE users SET active = false WHERE id = $1`, [someoneElse.id]);
    expect(await errors(UPDATE, { i: { id: m.id, version: 2, userIds: [leader.id, former.id, someoneElse.id] } })).toEqual([
      ['BAD_USER_INPUT', 'Deltakere fra teamet må være aktive brukere.'],
    ]);
    expect(await errors(UPDATE, { i: { id: m.id, version: 1, minutes: 'Gammel versjon' } })).toEqual([
      ['CONFLICT', 'Møtet er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen.'],
    ]);
  });

  it('creates a meeting once per idempotency key', async () => {
    const input = { kind: 'NETWORK_MEETING', startsAt: '2026-10-01T09:00:00+02:00', prospectIds: [prospectId] };
    const [x, y] = await Promise.all([client.data(CREATE_MEETING, { i: input, k: 'meeting-key-01' }), client.data(CREATE_MEETING, { i: input, k: 'meeting-key-01' })]);
    expect(x.createMeeting.id).toBe(y.createMeeting.id);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM meetings WHERE kind = 'NETWORK_MEETING'`);
    expect(n).toBe(1);
  });
});

describe('the timeline of a company', () => {
  it('shows meetings, stage changes and edits in one list, newest first', async () => {
    const created = (
      await client.data(`mutation { createProspect(input: { name: "Tidslinje AS" }) { id } }`)
    ).createProspect;
    const id = created.id;
    await client.data(`mutation($i: UpdateProspectInput!) { updateProspect(input: $i) { id } }`, { i: { id, version: 1, estimatedJobs: 7 } });
    const [stage] = await q(`SELECT id FROM stages WHERE key = 'CONTACTED'`);
    await client.data(`mutation($i: MoveProspectInput!) { moveProspect(input: $i) { id } }`, { i: { id, version: 2, stageId: stage.id } });
    await client.data(CREATE_MEETING, { i: { kind: 'PHONE_CALL', startsAt: new Date(Date.now() + 60_000).toISOString(), prospectIds: [id], minutes: 'Første samtale' } });

    const { prospect } = await client.data(
      `query($id: ID!) { prospect(id: $id) { timeline {
        __typename
        ... on MeetingEvent { at meeting { minutes } }
        ... on StageChangeEvent { at from { key } to { key } by { name } }
        ... on EditEvent { at action entity diff }
      } } }`,
      { id },
    );
    const kinds = prospect.timeline.map((e: any) =>
      e.__typename === 'MeetingEvent' ? `meeting:${e.meeting.minutes}` : e.__typename === 'StageChangeEvent' ? `stage:${e.from?.key ?? '-'}>${e.to.key}` : `edit:${e.action}`,
    );
    expect(kinds).toEqual(['meeting:Første samtale', 'stage:IDENTIFIED>CONTACTED', 'edit:UPDATE', 'stage:->IDENTIFIED', 'edit:CREATE']
      .filter((k, i, all) => all.indexOf(k) === i));
    const times = prospect.timeline.map((e: any) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
