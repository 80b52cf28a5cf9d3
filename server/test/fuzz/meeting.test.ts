import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingKind } from '../../src/modules/meeting/meeting.entity';
import {
  dateish, enumish, idempotencyKeyish, idish, idListish, instantish, jsonOddity, longText, mostlyValid, nastyInt,
  optional, validDate, validInstant, validText,
} from './support/arbitraries';
import { checkCreate, checkProperty, checkUpdate, compact, expectChanges, fuzzTimeout, storedOptional } from './support/fuzz-harness';
import { createFuzzWorld, isUuid, type FuzzWorld } from './support/fuzz-setup';

/**
 * Meetings and their minutes: a stable answer, and a logged meeting comes
 * whole — the meeting, its links to companies, people and contacts, and its
 * audit entry — or not at all. Minutes are kept word for word.
 */
let w: FuzzWorld;
let prospects: string[];
let contacts: string[];
let meetings: string[];

const CREATE = `mutation($i: CreateMeetingInput!, $k: String) { createMeeting(input: $i, idempotencyKey: $k) { id minutes version } }`;
const UPDATE = `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id minutes version } }`;

beforeAll(async () => {
  w = await createFuzzWorld('MEMBER');
  prospects = [];
  contacts = [];
  for (const name of ['Møte AS', 'Nettverk AS']) {
    const id = (await w.client.data(`mutation($i: CreateProspectInput!) { createProspect(input: $i) { id } }`, { i: { name } })).createProspect.id;
    prospects.push(id);
    const contact = await w.client.data(`mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { prospectId: id, name: `Kontakt i ${name}` } });
    contacts.push(contact.createContact.id);
  }
  meetings = [];
  for (const minutes of ['Første møte', 'Andre møte']) {
    const i = { kind: 'DIALOGUE_MEETING', startsAt: '2016-03-01T10:00:00+01:00', prospectIds: prospects, minutes };
    meetings.push((await w.client.data(CREATE, { i })).createMeeting.id);
  }
});
afterAll(() => w?.stop());

const validFields = () => ({
  prospectIds: optional(fc.subarray(prospects)),
  userIds: optional(fc.subarray(w.activeUserIds)),
  contactIds: optional(fc.constantFrom([], [contacts[0]!])),
  minutes: optional(validText(20_000)),
  outcome: optional(validText(20_000)),
  nextStep: optional(validText(20_000)),
  followUpDate: optional(validDate),
});
const brokenFields = () => ({
  prospectIds: idListish(prospects),
  userIds: idListish([...w.activeUserIds, w.inactiveUserId]),
  contactIds: idListish(contacts),
  minutes: longText,
  outcome: longText,
  nextStep: longText,
  followUpDate: dateish,
});

const knownBad: Record<string, unknown>[] = [
  { minutes: 'Referat med \u0000 i teksten' }, // U+0000: was INTERNAL_SERVER_ERROR (fixed in 550c9ad)
  { followUpDate: '0000-01-01' }, // year 0: was INTERNAL_SERVER_ERROR
];

const uniqueCount = (ids: unknown) => (Array.isArray(ids) ? new Set(ids).size : 0);

describe('meeting inputs, property-based', () => {
  it('createMeeting: the meeting with all its links and one audit entry, or nothing; minutes kept word for word', async () => {
    const input = mostlyValid(
      { ...validFields(), kind: fc.constantFrom(...Object.values(MeetingKind)), startsAt: validInstant },
      { ...brokenFields(), kind: fc.oneof(enumish(Object.values(MeetingKind)), fc.constant(undefined)), startsAt: fc.oneof(instantish, fc.constant(undefined), jsonOddity) },
      ['kind', 'startsAt'],
    );
    const firstIdByKey = new Map<string, string>();
    await checkProperty('createMeeting', fc.tuple(input, idempotencyKeyish), ([raw, key]) => {
      const i = compact(raw);
      return checkCreate({
        db: w.db, send: () => w.client.execute<any>(CREATE, { i, k: key }), variables: { i, k: key }, field: 'createMeeting', key, firstIdByKey,
        accepted: async (created, changes) => {
          expectChanges(changes, {
            meetings: 1,
            audit_entries: 1,
            meeting_prospects: uniqueCount(i.prospectIds),
            meeting_users: i.userIds ? uniqueCount(i.userIds) : 1, // the one who logs it takes part unless told otherwise
            meeting_contacts: uniqueCount(i.contactIds),
            idempotency_keys: key ? 1 : 0,
          }, 'accepted create');
          const [row] = await w.q(`SELECT minutes, outcome, next_step FROM meetings WHERE id = $1`, [created.id]);
          expect(row).toEqual({
            minutes: storedOptional(i.minutes as string | null | undefined),
            outcome: storedOptional(i.outcome as string | null | undefined),
            next_step: storedOptional(i.nextStep as string | null | undefined),
          });
        },
      });
    }, { examples: knownBad.map((bad) => [{ kind: 'OTHER', startsAt: '2016-01-01T10:00:00Z', ...bad }, undefined] as [Record<string, unknown>, undefined]) });
  }, fuzzTimeout(60));

  it('updateMeeting: accepted edits bump the version, relink and write one audit entry; refused ones change nothing', async () => {
    const input = mostlyValid(
      {
        ...validFields(),
        id: fc.constantFrom(...meetings),
        version: fc.constant('CURRENT'),
        kind: optional(fc.constantFrom(...Object.values(MeetingKind))),
        startsAt: optional(validInstant),
        followUpDone: optional(fc.boolean()),
      },
      { ...brokenFields(), id: idish(meetings), version: nastyInt, kind: enumish(Object.values(MeetingKind)), startsAt: instantish, followUpDone: jsonOddity },
      ['id', 'version'],
    );
    await checkProperty('updateMeeting', input, (raw) =>
      checkUpdate({
        db: w.db, raw, read: meetingState, send: (i) => w.client.execute<any>(UPDATE, { i }),
        accepted: ({ before, i, result, changes }) => {
          const linked = (given: unknown, had: number) => (Array.isArray(given) ? uniqueCount(given) - had : 0);
          expectChanges(changes, {
            audit_entries: 1,
            meeting_prospects: linked(i.prospectIds, before.prospects),
            meeting_users: linked(i.userIds, before.users),
            meeting_contacts: linked(i.contactIds, before.contacts),
          }, 'accepted update');
          if (i.minutes !== undefined) expect(result.data!.updateMeeting.minutes).toBe(storedOptional(i.minutes as string | null));
        },
      }),
    { examples: knownBad.map((bad) => ({ id: meetings[0], version: 'CURRENT', ...bad })) });
  }, fuzzTimeout(60));
});

/** The meeting row as text and the number of each kind of link, or undefined when the id names none. */
async function meetingState(id: unknown) {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(
    `SELECT m::text AS row, version,
            (SELECT count(*)::int FROM meeting_prospects WHERE meeting_id = m.id) AS prospects,
            (SELECT count(*)::int FROM meeting_users WHERE meeting_id = m.id) AS users,
            (SELECT count(*)::int FROM meeting_contacts WHERE meeting_id = m.id) AS contacts
       FROM meetings m WHERE id = $1`,
    [id],
  );
  return row as { row: string; version: number; prospects: number; users: number; contacts: number } | undefined;
}
