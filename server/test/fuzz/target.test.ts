import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingKind } from '../../src/modules/meeting/meeting.entity';
import { TargetMetric } from '../../src/modules/target/target.entity';
import { dateish, enumish, idish, jsonOddity, mostlyValid, nastyInt, optional, validDate } from './support/arbitraries';
import { checkProperty, compact, expectChanges, expectSafeErrors, fuzzTimeout, outcome, withCounts } from './support/fuzz-harness';
import { createFuzzWorld, isUuid, type FuzzWorld } from './support/fuzz-setup';

/** Programme targets (settings): a stable answer, and one target + one audit entry or nothing. */
let w: FuzzWorld;
let targets: string[] = [];

const CREATE = `mutation($i: CreateTargetInput!) { createTarget(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateTargetInput!) { updateTarget(input: $i) { id version } }`;

beforeAll(async () => {
  w = await createFuzzWorld('LEADER');
  for (const metric of ['JOBS', 'ESTABLISHMENTS']) {
    targets.push((await w.client.data(CREATE, { i: { metric, periodStart: '2015-07-01', periodEnd: '2018-06-30', value: 100 } })).createTarget.id);
  }
});
afterAll(() => w?.stop());

const valid = {
  metric: fc.constantFrom(...Object.values(TargetMetric)),
  meetingKind: optional(fc.constantFrom(...Object.values(MeetingKind))),
  periodStart: validDate,
  periodEnd: validDate,
  value: fc.integer({ min: 0, max: 1_000_000 }),
  perYear: optional(fc.boolean()),
};
const broken = {
  metric: enumish(Object.values(TargetMetric)),
  meetingKind: enumish(Object.values(MeetingKind)),
  periodStart: dateish,
  periodEnd: dateish,
  value: nastyInt,
  perYear: jsonOddity,
};

// Year 0 passed the date check, PostgreSQL refused it: was INTERNAL_SERVER_ERROR.
const knownBad: Record<string, unknown>[] = [{ periodStart: '0000-01-01', periodEnd: '2020-12-31' }];

describe('target inputs, property-based', () => {
  it('createTarget: one target + one audit entry, or nothing', async () => {
    const input = mostlyValid(valid, broken, ['metric', 'periodStart', 'periodEnd', 'value']);
    await checkProperty('createTarget', input, async (raw) => {
      const i = compact(raw);
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(CREATE, { i }));
      expectSafeErrors(result.errors, { i });
      if (outcome(result) !== 'OK') {
        expectChanges(changes, {}, 'refused create');
        return outcome(result);
      }
      expectChanges(changes, { targets: 1, audit_entries: 1 }, 'accepted create');
      return 'OK';
    }, { examples: knownBad.map((bad) => ({ metric: 'JOBS', value: 1, ...bad })) });
  }, fuzzTimeout(40));

  it('updateTarget: accepted edits bump the version with one audit entry, refused ones change nothing', async () => {
    const input = mostlyValid(
      { ...Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, optional(v as fc.Arbitrary<unknown>)])), id: fc.constantFrom(...targets), version: fc.constant('CURRENT') },
      { ...broken, id: idish(targets), version: nastyInt },
      ['id', 'version'],
    );
    await checkProperty('updateTarget', input, async (raw) => {
      const before = await targetRow(raw.id);
      const i = compact({ ...raw, version: raw.version === 'CURRENT' ? (before?.version ?? 1) : raw.version });
      const { result, changes } = await withCounts(w.db, () => w.client.execute<any>(UPDATE, { i }));
      expectSafeErrors(result.errors, { i });
      const after = await targetRow(raw.id);
      if (outcome(result) !== 'OK') {
        expectChanges(changes, {}, 'refused update');
        expect(after?.row).toBe(before?.row);
        return outcome(result);
      }
      expectChanges(changes, { audit_entries: 1 }, 'accepted update');
      expect(after!.version).toBe(before!.version + 1);
      return 'OK';
    }, { examples: knownBad.map((bad) => ({ id: targets[0], version: 'CURRENT', ...bad })) });
  }, fuzzTimeout(40));
});

async function targetRow(id: unknown): Promise<{ row: string; version: number } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(`SELECT t::text AS row, version FROM targets t WHERE id = $1`, [id]);
  return row;
}
