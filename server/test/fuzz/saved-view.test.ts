import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetGroup } from '../../src/modules/prospect/prospect.entity';
import { signedIn } from '../support/graphql';
import {
  enumish, idish, idListish, jsonOddity, longText, mostlyValid, nastyInt, nastyText, optional, sometimesOdd, validText,
} from './support/arbitraries';
import { checkProperty, checkUpdate, compact, expectChanges, expectSafeErrors, fuzzTimeout, outcome, stored, withCounts } from './support/fuzz-harness';
import { createFuzzWorld, isUuid, type FuzzWorld } from './support/fuzz-setup';

/**
 * Saved views (a name and a pipeline filter): a stable answer, one view and
 * one audit entry or nothing, only the owner edits, and what is saved is a
 * filter the pipeline accepts as it is.
 */
let w: FuzzWorld;
let views: string[];
let othersView: string;

const SAVE = `mutation($i: SaveViewInput!) { saveView(input: $i) { id name filter shared version } }`;
const UPDATE = `mutation($i: UpdateViewInput!) { updateView(input: $i) { id name filter version } }`;
const PIPELINE = `query($f: ProspectFilter) { pipeline(filter: $f, first: 1) { columns { count } } }`;

beforeAll(async () => {
  w = await createFuzzWorld('MEMBER');
  views = [];
  for (const name of ['Bioøkonomi', 'Mine']) views.push((await w.client.data(SAVE, { i: { name, filter: { text: name } } })).saveView.id);
  const other = await signedIn(w.db, 'LEADER');
  othersView = (await w.client.as(other).data(SAVE, { i: { name: 'Delt', filter: {}, shared: true } })).saveView.id;
});
afterAll(() => w?.stop());


const validFilter = () =>
  fc.record(
    {
      focusAreaIds: optional(fc.subarray(w.focusAreas)),
      stageIds: optional(fc.subarray(Object.values(w.stages))),
      ownerIds: optional(fc.subarray(w.activeUserIds)),
      targetMunicipalities: optional(fc.subarray(['3420', '0427', '3422'])),
      targetGroups: optional(fc.subarray(Object.values(TargetGroup))),
      archived: optional(fc.constantFrom('ACTIVE', 'ARCHIVED', 'ALL')),
      text: optional(validText(200)),
    },
    { requiredKeys: [] },
  );
const brokenFilter = () =>
  fc.oneof(
    jsonOddity,
    fc.record({
      focusAreaIds: idListish(w.focusAreas, 120),
      targetGroups: fc.array(enumish(Object.values(TargetGroup)), { maxLength: 3 }),
      archived: enumish(['ACTIVE', 'ARCHIVED', 'ALL']),
      text: fc.oneof(nastyText, fc.constant('x'.repeat(201))),
    }, { requiredKeys: [] }),
  );

const knownBad: Record<string, unknown>[] = [
  { filter: { text: 'a\u0000' } }, // U+0000: was INTERNAL_SERVER_ERROR (fixed in 550c9ad)
  { name: 'Visning \uD800' }, // an unpaired surrogate reached jsonb (audit diff) as \ud800: was INTERNAL_SERVER_ERROR
  { filter: { text: '\uDFFF' } }, // the same in the stored filter
];

describe('saved view inputs, property-based', () => {
  it('saveView: one view + one audit entry, or nothing; its filter works on the pipeline as saved', async () => {
    const input = mostlyValid(
      { name: validText(100), filter: validFilter(), shared: optional(fc.boolean()) },
      { name: fc.oneof(sometimesOdd(nastyText), longText, fc.constant(undefined)), filter: fc.oneof(brokenFilter(), fc.constant(undefined)), shared: jsonOddity },
      ['name', 'filter'],
    );
    await checkProperty('saveView', input, async (raw) => {
      const i = compact(raw);
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(SAVE, { i }));
      expectSafeErrors(result.errors, { i });
      if (outcome(result) !== 'OK') {
        expectChanges(changes, {}, 'refused save');
        return outcome(result);
      }
      expectChanges(changes, { saved_views: 1, audit_entries: 1 }, 'accepted save');
      const saved = result.data!.saveView;
      expect(saved.name).toBe(stored(i.name as string));
      const reused = await w.client.execute(PIPELINE, { f: saved.filter });
      expect(reused.errors).toBeUndefined();
      return 'OK';
    }, { examples: knownBad.map((bad) => ({ name: 'Kjent feil', filter: {}, ...bad })) });
  }, fuzzTimeout(60));

  it('updateView: the owner’s edits bump the version with one audit entry; others and bad input change nothing', async () => {
    const input = mostlyValid(
      {
        id: fc.constantFrom(...views),
        version: fc.constant('CURRENT'),
        name: optional(validText(100)),
        filter: optional(validFilter()),
        shared: optional(fc.boolean()),
      },
      { id: idish([...views, othersView]), version: nastyInt, name: fc.oneof(nastyText, longText), filter: brokenFilter(), shared: jsonOddity },
      ['id', 'version'],
    );
    await checkProperty('updateView', input, (raw) =>
      checkUpdate({
        db: w.db, raw, read: viewRow, send: (i) => w.client.execute<any>(UPDATE, { i }),
        accepted: async ({ before, result, changes }) => {
          expect(before.id).not.toBe(othersView);
          expectChanges(changes, { audit_entries: 1 }, 'accepted update');
          const reused = await w.client.execute(PIPELINE, { f: result.data!.updateView.filter });
          expect(reused.errors).toBeUndefined();
        },
      }),
    { examples: knownBad.map((bad) => ({ id: views[0], version: 'CURRENT', ...bad })) });
  }, fuzzTimeout(60));
});

async function viewRow(id: unknown): Promise<{ id: string; row: string; version: number } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(`SELECT id, v::text AS row, version FROM saved_views v WHERE id = $1`, [id]);
  return row;
}
