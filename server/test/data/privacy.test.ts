import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer';
import { startRetentionJob } from '../../src/modules/privacy/retention.job';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createDataTestDatabase } from './support/data-database';

vi.mock('../../src/shared/database/entities', async (io) => (await import('./support/data-modules.js')).withDataEntities(io as any));
vi.mock('../../src/shared/database/migrations', async (io) => (await import('./support/data-modules.js')).withDataMigrations(io as any));
vi.mock('../../src/app/build-schema', async (io) => (await import('./support/data-modules.js')).withDataResolvers(io as any));

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let leader: Viewer;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

/** Rows of every text, JSON and array column of every table that contain `needle` (case-insensitive). */
async function findEverywhere(needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await q(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
  );
  expect(columns.length).toBeGreaterThan(30);
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM "${table_name}" WHERE strpos(lower("${column_name}"::text), lower($1)) > 0`, [needle]);
    if (n) hits.push(`${table_name}.${column_name} (${n})`);
  }
  return hits;
}

/** What the statistics read: companies, their focus areas and the stage log. */
const statisticsChecksum = async () =>
  q(`SELECT (SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM prospects t) AS prospects,
            (SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM stage_changes t) AS stage_changes,
            (SELECT md5(string_agg(t::text, '|' ORDER BY t.prospect_id, t.focus_area_id)) FROM prospect_focus_areas t) AS focus_areas`);

beforeAll(async () => {
  db = await createDataTestDatabase();
  leader = await signedIn(db, 'LEADER');
  client = await createTestClient(db, leader);
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('one person: export and erasure', () => {
  const person = { name: 'Solveig Aasen-Brekke', email: 'solveig.brekke@bygg.example', oldPhone: '+47 91 76 54 32', phone: '+47 91 76 54 33' };
  let prospectId: string;
  let contactId: string;

  beforeAll(async () => {
    const f = factories(db);
    prospectId = await f.prospect({ name: 'Byggmester Nord AS', focusAreas: ['BIOECONOMY'] });
    const create = `mutation($i: CreateContactInput!) { createContact(input: $i) { id version } }`;
    const contact = (await client.data(create, { i: { prospectId, name: person.name, email: person.email, phone: '917 65 432' } })).createContact;
    contactId = contact.id;
    await client.data(`mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }`, {
      i: { id: contactId, version: contact.version, title: 'Innkjøpssjef', phone: '917 65 433' },
    });
    const other = (await client.data(create, { i: { prospectId, name: 'Per Olsen', email: 'per.olsen@bygg.example' } })).createContact;
    const meeting = `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`;
    await client.data(meeting, {
      i: {
        kind: 'DIALOGUE_MEETING', startsAt: '2026-10-01T10:00:00+02:00', prospectIds: [prospectId], contactIds: [contactId, other.id],
        minutes: `Møte med ${person.name} og Per Olsen om lagerbehov. Ring 91765433 før neste møte.`, nextStep: 'Sende tilbud',
      },
    });
    await client.data(meeting, { i: { kind: 'PHONE_CALL', startsAt: '2026-10-08T10:00:00+02:00', prospectIds: [prospectId], contactIds: [contactId] } });
    await client.data(`mutation($i: SaveViewInput!) { saveView(input: $i) { id } }`, { i: { name: 'Solveigs bedrifter', filter: { text: person.name } } });
    const [stage] = await q(`SELECT id FROM stages WHERE key = 'CONTACTED'`);
    await client.data(`mutation($i: MoveProspectInput!) { moveProspect(input: $i) { id } }`, { i: { id: prospectId, version: 1, stageId: stage.id } });
  });

  it('exports everything about the person as JSON: contact, company, meetings with minutes, audit entries', async () => {
    const data = (await client.data(`query($id: ID!) { exportPerson(contactId: $id) }`, { id: contactId })).exportPerson;
    expect(data.contact).toMatchObject({ id: contactId, name: person.name, email: person.email, phone: person.phone, title: 'Innkjøpssjef', doNotContact: false });
    expect(data.company).toMatchObject({ id: prospectId, name: 'Byggmester Nord AS' });
    expect(data.meetings).toHaveLength(2);
    expect(data.meetings[0]).toMatchObject({ kind: 'DIALOGUE_MEETING', minutes: expect.stringContaining(person.name), companies: ['Byggmester Nord AS'] });
    expect(data.auditEntries.map((e: any) => `${e.action} ${e.entity}`)).toEqual(
      expect.arrayContaining(['CREATE Contact', 'UPDATE Contact', 'CREATE Meeting', 'CREATE SavedView']),
    );
    expect(data.auditEntries.some((e: any) => e.entityId !== contactId && e.entity === 'Contact')).toBe(false); // not Per Olsen's own edits
  });

  it('refuses a stale version and other roles, and changes nothing', async () => {
    const erase = `mutation($id: ID!, $v: Int!) { erasePerson(contactId: $id, version: $v) { contactId } }`;
    expect(await client.errorCodes(erase, { id: contactId, v: 1 })).toEqual(['CONFLICT']);
    expect(await client.as(await signedIn(db, 'MEMBER')).errorCodes(erase, { id: contactId, v: 2 })).toEqual(['FORBIDDEN']);
    expect(await client.as(await signedIn(db, 'BOARD')).errorCodes(`query($id: ID!) { exportPerson(contactId: $id) }`, { id: contactId })).toEqual(['FORBIDDEN']);
    expect(await q(`SELECT name FROM contacts WHERE id = $1`, [contactId])).toEqual([{ name: person.name }]);
  });

  it('erases the person from every table, anonymises the audit diffs, and leaves the statistics as they were', async () => {
    expect(await findEverywhere(person.name)).not.toEqual([]); // the scan finds what is there
    const before = await statisticsChecksum();

    const result = (
      await client.data(`mutation($id: ID!, $v: Int!) { erasePerson(contactId: $id, version: $v) { contactId meetingLinksRemoved meetingsRedacted auditEntriesAnonymised } }`, {
        id: contactId, v: 2,
      })
    ).erasePerson;
    expect(result).toMatchObject({ contactId, meetingLinksRemoved: 2, meetingsRedacted: 1 });
    expect(result.auditEntriesAnonymised).toBeGreaterThanOrEqual(4);

    for (const needle of [person.name, person.email, person.phone, person.oldPhone, '91765433', '91 76 54 33']) {
      expect(await findEverywhere(needle), needle).toEqual([]);
    }
    expect(await statisticsChecksum()).toEqual(before);

    // The rest stays: the other participant, the meeting, what it was about.
    expect(await findEverywhere('Per Olsen')).not.toEqual([]);
    const [meeting] = await q(`SELECT minutes, (SELECT count(*)::int FROM meeting_contacts mc WHERE mc.meeting_id = m.id) AS contacts FROM meetings m WHERE kind = 'DIALOGUE_MEETING'`);
    expect(meeting).toEqual({ minutes: 'Møte med [slettet] og Per Olsen om lagerbehov. Ring [slettet] før neste møte.', contacts: 1 });
    const [entry] = await q(`SELECT actor_id, diff FROM audit_entries WHERE action = 'ERASE_PERSON' AND entity_id = $1`, [contactId]);
    expect(entry).toMatchObject({ actor_id: leader.id, diff: { reason: { after: 'REQUEST' }, meetingLinksRemoved: { after: 2 } } });
    expect(await client.errorCodes(`query($id: ID!) { exportPerson(contactId: $id) }`, { id: contactId })).toEqual(['NOT_FOUND']);
  });
});

describe('retention rule', () => {
  const SETTINGS = '{ retentionSettings { months version } }';
  const UPDATE = 'mutation($m: Int, $v: Int!) { updateRetentionSettings(months: $m, version: $v) { months version } }';
  const APPLY = 'mutation { applyRetention { months erasedContactIds prospectIds prospects { id name } } }';

  /** A company whose log moved it through `moves` ([stage key, months ago], oldest first), with contacts. */
  async function company(name: string, moves: [string, number][], contacts: string[], archived = false) {
    const stages = await factories(db).stageIds();
    const id = await factories(db).prospect({ name, stage: moves.at(-1)![0], contacts, archived });
    let from: string | null = null;
    for (const [key, monthsAgo] of moves) {
      await q(`INSERT INTO stage_changes (prospect_id, from_stage_id, to_stage_id, changed_at) VALUES ($1, $2, $3, now() - make_interval(months => $4))`, [
        id, from, stages[key], monthsAgo,
      ]);
      from = stages[key]!;
    }
    return id;
  }
  const contactIds = async (names: string[]) =>
    (await q(`SELECT id FROM contacts WHERE name = ANY($1) ORDER BY id`, [names])).map((r: { id: string }) => r.id);

  it('is off until set, and is set with the version check', async () => {
    expect((await client.data(SETTINGS)).retentionSettings).toEqual({ months: null, version: 1 });
    expect((await client.data(APPLY)).applyRetention).toEqual({ months: null, erasedContactIds: [], prospectIds: [], prospects: [] });
    expect((await client.execute(UPDATE, { m: 0, v: 1 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await client.data(UPDATE, { m: 12, v: 1 })).updateRetentionSettings).toEqual({ months: 12, version: 2 });
    expect(await client.errorCodes(UPDATE, { m: 6, v: 1 })).toEqual(['CONFLICT']);
    expect(await client.as(await signedIn(db, 'MEMBER')).errorCodes(SETTINGS)).toEqual(['FORBIDDEN']);
    const [audit] = await q(`SELECT diff FROM audit_entries WHERE entity = 'RetentionSettings' AND action = 'UPDATE'`);
    expect(audit.diff).toEqual({ months: { before: null, after: 12 } });
  });

  it('erases exactly the contacts of companies closed more than N months ago (closing date: the entry into the current stage)', async () => {
    const wonLongAgo = await company('Vunnet For Lenge Siden AS', [['IDENTIFIED', 30], ['WON', 13]], ['Astrid Aune', 'Bjørn Bakke']);
    await company('Tapt Nylig AS', [['IDENTIFIED', 20], ['LOST', 11]], ['Cecilie Carlsen']);
    await company('Gjenåpnet AS', [['IDENTIFIED', 20], ['WON', 14], ['DIALOGUE', 1]], ['Dag Dahl']);
    await company('Tapt Så Vunnet AS', [['IDENTIFIED', 30], ['LOST', 24], ['WON', 1]], ['Eva Eide']);
    const archived = await company('Arkivert Tapt AS', [['IDENTIFIED', 40], ['LOST', 25]], ['Frode Fjeld'], true);
    const due = await contactIds(['Astrid Aune', 'Bjørn Bakke', 'Frode Fjeld']);
    const [meeting] = await q(`INSERT INTO meetings (kind, starts_at, minutes) VALUES ('SITE_VISIT', now() - interval '14 months', 'Befaring med Astrid Aune') RETURNING id`);
    await q(`INSERT INTO meeting_contacts (meeting_id, contact_id) SELECT $1, id FROM contacts WHERE name = 'Astrid Aune'`, [meeting.id]);
    const before = await statisticsChecksum();

    const report = (await client.data(APPLY)).applyRetention;
    expect(report.months).toBe(12);
    expect([...report.erasedContactIds].sort()).toEqual(due);
    expect([...report.prospectIds].sort()).toEqual([wonLongAgo, archived].sort());
    const companies: { id: string; name: string }[] = await q(`SELECT id, name FROM prospects WHERE id = ANY($1) ORDER BY name`, [[wonLongAgo, archived]]);
    expect(report.prospects).toEqual(companies);
    expect((await q(`SELECT name FROM contacts ORDER BY name`)).map((r: { name: string }) => r.name)).toEqual(['Cecilie Carlsen', 'Dag Dahl', 'Eva Eide', 'Per Olsen']);
    for (const name of ['Astrid Aune', 'Bjørn Bakke', 'Frode Fjeld']) expect(await findEverywhere(name), name).toEqual([]);
    expect(await statisticsChecksum()).toEqual(before);

    const [entry] = await q(`SELECT actor_id, diff FROM audit_entries WHERE action = 'APPLY_RETENTION' ORDER BY at DESC LIMIT 1`);
    expect(entry.actor_id).toBe(leader.id);
    expect(entry.diff.erasedContacts).toEqual({ before: null, after: 3 });
    expect([...entry.diff.contactIds.after].sort()).toEqual(due);
    expect(await q(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'ERASE_PERSON' AND diff->'reason'->>'after' = 'RETENTION'`)).toEqual([{ n: 3 }]);

    expect((await client.data(APPLY)).applyRetention.erasedContactIds).toEqual([]);
  });

  it('runs in the server at start and then daily, and stops when asked', async () => {
    await company('Jobb AS', [['IDENTIFIED', 40], ['WON', 20]], ['Gunn Gran']);
    const log = vi.fn();
    const stop = startRetentionJob(db, { log });
    try {
      await vi.waitFor(async () => expect(await q(`SELECT 1 FROM contacts WHERE name = 'Gunn Gran'`)).toEqual([]), { timeout: 10_000, interval: 100 });
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/erased 1 contact/));
    } finally {
      stop();
    }
  });
});
