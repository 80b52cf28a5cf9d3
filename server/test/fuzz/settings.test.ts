import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idish, jsonOddity, longText, mostlyValid, nastyInt, nastyText, optional, sometimesOdd, validText } from './support/arbitraries';
import { checkCreate, checkProperty, checkUpdate, compact, expectChanges, fuzzTimeout, stored } from './support/fuzz-harness';
import { createFuzzWorld, isUuid, type FuzzWorld } from './support/fuzz-setup';

/**
 * Focus areas and stages (settings): a stable answer; a focus area + one audit
 * entry, an edit with one audit entry, or nothing; names stored trimmed.
 */
let w: FuzzWorld;
let stageIds: string[];

const CREATE_AREA = `mutation($i: CreateFocusAreaInput!) { createFocusArea(input: $i) { id key version } }`;
const UPDATE_AREA = `mutation($i: UpdateFocusAreaInput!) { updateFocusArea(input: $i) { id version } }`;
const UPDATE_STAGE = `mutation($i: UpdateStageInput!) { updateStage(input: $i) { id version } }`;

beforeAll(async () => {
  w = await createFuzzWorld('LEADER');
  stageIds = Object.values(w.stages);
});
afterAll(() => w?.stop());

const validColor = fc.stringMatching(/^#[0-9a-fA-F]{6}$/);
const brokenName = fc.oneof(sometimesOdd(nastyText), longText, fc.constant(''), fc.constant('   '));
const brokenColor = fc.oneof(nastyText, jsonOddity, fc.constantFrom('#12345', '#1234567', 'red', '#GGGGGG', '123456', ' #a1b2c3 '));

describe('focus area and stage inputs, property-based', () => {
  it('createFocusArea: one focus area + one audit entry with trimmed names and an ASCII key, or nothing', async () => {
    const input = mostlyValid(
      { nameNb: validText(60), nameEn: validText(60), color: validColor },
      { nameNb: brokenName, nameEn: brokenName, color: brokenColor },
      ['nameNb', 'nameEn', 'color'],
    );
    await checkProperty('createFocusArea', input, (raw) => {
      const i = compact(raw);
      return checkCreate({
        db: w.db, send: () => w.client.execute<any>(CREATE_AREA, { i }), variables: { i }, field: 'createFocusArea',
        accepted: async (created, changes) => {
          expectChanges(changes, { focus_areas: 1, audit_entries: 1 }, 'accepted create');
          expect(created.key).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
          const row = await areaRow(created.id);
          expect([row!.name_nb, row!.name_en, row!.color]).toEqual([stored(i.nameNb as string), stored(i.nameEn as string), (i.color as string).trim().toLowerCase()]);
        },
      });
    }, { examples: [{ nameNb: 'Bioøkonomi', nameEn: 'New', color: '#000000' }, { nameNb: 'Ny', nameEn: '—', color: '#ABCDEF' }] });
  }, fuzzTimeout(40));

  it('updateFocusArea: accepted edits bump the version with one audit entry, refused ones change nothing', async () => {
    const input = mostlyValid(
      { id: fc.constantFrom(...w.focusAreas), version: fc.constant('CURRENT'), nameNb: optional(validText(60)), nameEn: optional(validText(60)), color: optional(validColor) },
      { id: idish(w.focusAreas), version: nastyInt, nameNb: brokenName, nameEn: brokenName, color: brokenColor },
      ['id', 'version'],
    );
    await checkProperty('updateFocusArea', input, (raw) =>
      checkUpdate({
        db: w.db, raw, read: areaRow, send: (i) => w.client.execute<any>(UPDATE_AREA, { i }),
        accepted: ({ before, after, i, changes }) => {
          expectChanges(changes, { audit_entries: 1 }, 'accepted update');
          expect(after.key).toBe(before.key);
          expect(after.name_nb).toBe(i.nameNb == null ? before.name_nb : stored(i.nameNb as string));
          expect(after.name_en).toBe(i.nameEn == null ? before.name_en : stored(i.nameEn as string));
        },
      }),
    );
  }, fuzzTimeout(40));

  it('updateStage: accepted edits bump the version with one audit entry, refused ones change nothing', async () => {
    const input = mostlyValid(
      {
        id: fc.constantFrom(...stageIds),
        version: fc.constant('CURRENT'),
        nameNb: optional(validText(60)),
        nameEn: optional(validText(60)),
        probabilityPercent: optional(fc.integer({ min: 0, max: 100 })),
        staleAfterDays: optional(fc.integer({ min: 1, max: 3650 })),
      },
      { id: idish(stageIds), version: nastyInt, nameNb: brokenName, nameEn: brokenName, probabilityPercent: nastyInt, staleAfterDays: nastyInt },
      ['id', 'version'],
    );
    await checkProperty('updateStage', input, (raw) =>
      checkUpdate({
        db: w.db, raw, read: stageRow, send: (i) => w.client.execute<any>(UPDATE_STAGE, { i }),
        accepted: ({ before, after, i, changes }) => {
          expectChanges(changes, { audit_entries: 1 }, 'accepted update');
          expect([after.key, after.category, after.position]).toEqual([before.key, before.category, before.position]);
          expect(after.probability_percent).toBe(i.probabilityPercent ?? before.probability_percent);
          // Left out keeps it; null clears it.
          expect(after.stale_after_days).toBe(i.staleAfterDays === undefined ? before.stale_after_days : i.staleAfterDays);
        },
      }),
    );
  }, fuzzTimeout(40));
});

async function areaRow(id: unknown) {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(`SELECT f::text AS row, key, name_nb, name_en, color, version FROM focus_areas f WHERE id = $1`, [id]);
  return row as { row: string; key: string; name_nb: string; name_en: string; color: string; version: number } | undefined;
}

async function stageRow(id: unknown) {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(
    `SELECT s::text AS row, key, category, position, probability_percent, stale_after_days, version FROM stages s WHERE id = $1`,
    [id],
  );
  return row as
    | { row: string; key: string; category: string; position: number; probability_percent: number; stale_after_days: number | null; version: number }
    | undefined;
}
