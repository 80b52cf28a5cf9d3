import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  idempotencyKeyish, idish, jsonOddity, longText, mostlyValid, nastyInt, nastyText, optional, sometimesOdd, validText,
} from './support/arbitraries';
import { checkCreate, checkProperty, checkUpdate, compact, expectChanges, fuzzTimeout, stored, storedOptional } from './support/fuzz-harness';
import { createFuzzWorld, isUuid, type FuzzWorld } from './support/fuzz-setup';

/** Contact persons (personal data): a stable answer, and one contact + one audit entry, or nothing. */
let w: FuzzWorld;
let prospects: string[];
let contacts: string[];

const CREATE = `mutation($i: CreateContactInput!, $k: String) { createContact(input: $i, idempotencyKey: $k) { id name title email phone version } }`;
const UPDATE = `mutation($i: UpdateContactInput!) { updateContact(input: $i) { id name version } }`;

beforeAll(async () => {
  w = await createFuzzWorld('MEMBER');
  prospects = [];
  for (const name of ['Kontakt AS', 'Person AS']) {
    prospects.push((await w.client.data(`mutation($i: CreateProspectInput!) { createProspect(input: $i) { id } }`, { i: { name } })).createProspect.id);
  }
  contacts = [];
  for (const name of ['Kari Nordmann', 'Ola Nordmann', 'Åse Ødegård']) {
    contacts.push((await w.client.data(CREATE, { i: { prospectId: prospects[0], name } })).createContact.id);
  }
});
afterAll(() => w?.stop());

/** Phone numbers as people write them, and ones that are not numbers. */
const validPhone = fc.constantFrom('412 34 567', '+47 41234567', '0047 412 34 567', '+46 70 123 45 67', '22 22 22 22', '');
const brokenPhone = fc.oneof(fc.constantFrom('123', '+47 0', '412 34 567 890 123', 'ring meg', '+999 1234'), nastyText, fc.stringMatching(/^\+?\d{1,20}$/));
const validEmail = fc.oneof(fc.emailAddress().filter((e) => e.length <= 200), fc.constant(''));
const brokenEmail = fc.oneof(fc.constantFrom('a@', '@b.no', 'a b@c.no', "x'@y.no; DROP TABLE contacts", 'æ@ø.å'), nastyText);

const validFields = {
  title: optional(validText(200)),
  email: optional(validEmail),
  phone: optional(validPhone),
  doNotContact: optional(fc.boolean()),
};
const brokenFields = {
  title: longText,
  email: brokenEmail,
  phone: brokenPhone,
  doNotContact: fc.oneof(jsonOddity, nastyText),
};

const knownBad: Record<string, unknown>[] = [
  { name: 'Kari\u0000Nordmann' }, // U+0000: was INTERNAL_SERVER_ERROR (fixed in 550c9ad)
];

describe('contact inputs, property-based', () => {
  it('createContact: one contact + one audit entry, or nothing; the text is kept as given', async () => {
    const input = mostlyValid(
      { ...validFields, prospectId: fc.constantFrom(...prospects), name: validText(200) },
      { ...brokenFields, prospectId: idish(prospects), name: fc.oneof(sometimesOdd(nastyText), longText, fc.constant(undefined)) },
      ['prospectId', 'name'],
    );
    const firstIdByKey = new Map<string, string>();
    await checkProperty('createContact', fc.tuple(input, idempotencyKeyish), ([raw, key]) => {
      const i = compact(raw);
      return checkCreate({
        db: w.db, send: () => w.client.execute<any>(CREATE, { i, k: key }), variables: { i, k: key }, field: 'createContact', key, firstIdByKey,
        accepted: async (created, changes) => {
          expectChanges(changes, { contacts: 1, audit_entries: 1, idempotency_keys: key ? 1 : 0 }, 'accepted create');
          const [row] = await w.q(`SELECT name, title FROM contacts WHERE id = $1`, [created.id]);
          // An empty title is stored as null, like every optional text field.
          expect(row).toEqual({ name: stored(i.name as string), title: storedOptional(i.title as string | null | undefined) });
        },
      });
    }, { examples: knownBad.map((bad) => [{ prospectId: prospects[0], name: 'Kari', ...bad }, undefined] as [Record<string, unknown>, undefined]) });
  }, fuzzTimeout(60));

  it('updateContact: accepted edits bump the version and write one audit entry, refused ones change nothing', async () => {
    const input = mostlyValid(
      { ...validFields, id: fc.constantFrom(...contacts), version: fc.constant('CURRENT'), name: optional(validText(200)) },
      { ...brokenFields, id: idish(contacts), version: nastyInt, name: fc.oneof(nastyText, longText, fc.constant(null)) },
      ['id', 'version'],
    );
    await checkProperty('updateContact', input, (raw) =>
      checkUpdate({
        db: w.db, raw, read: contactRow, send: (i) => w.client.execute<any>(UPDATE, { i }),
        accepted: ({ i, result, changes }) => {
          expectChanges(changes, { audit_entries: 1 }, 'accepted update');
          if (typeof i.name === 'string') expect(result.data!.updateContact.name).toBe(stored(i.name));
        },
      }),
    { examples: knownBad.map((bad) => ({ id: contacts[0], version: 'CURRENT', ...bad })) });
  }, fuzzTimeout(60));
});

async function contactRow(id: unknown): Promise<{ row: string; version: number } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(`SELECT c::text AS row, version FROM contacts c WHERE id = $1`, [id]);
  return row;
}
