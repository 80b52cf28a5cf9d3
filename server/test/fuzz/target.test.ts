import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { MeetingKind } from '../../src/modules/meeting/meeting.entity';
import { TargetMetric } from '../../src/modules/target/target.entity';
import { dateish, enumish, idish, jsonOddity, mostlyValid, nastyInt, optional, validDate } from './support/arbitraries';
import { checkCreate, checkProperty, checkUpdate, compact, expectChanges, fuzzTimeout } from './support/fuzz-harness';
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
    await checkProperty('createTarget', input, (raw) => {
      const i = compact(raw);
      return checkCreate({
        db: w.db, send: () => w.client.execute<any>(CREATE, { i }), variables: { i }, field: 'createTarget',
        accepted: (_, changes) => expectChanges(changes, { targets: 1, audit_entries: 1 }, 'accepted create'),
      });
    }, { examples: knownBad.map((bad) => ({ metric: 'JOBS', value: 1, ...bad })) });
  }, fuzzTimeout(40));

  it('updateTarget: accepted edits bump the version with one audit entry, refused ones change nothing', async () => {
    const input = mostlyValid(
      { ...Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, optional(v as fc.Arbitrary<unknown>)])), id: fc.constantFrom(...targets), version: fc.constant('CURRENT') },
      { ...broken, id: idish(targets), version: nastyInt },
      ['id', 'version'],
    );
    await checkProperty('updateTarget', input, (raw) =>
      checkUpdate({
        db: w.db, raw, read: targetRow, send: (i) => w.client.execute<any>(UPDATE, { i }),
        accepted: ({ changes }) => expectChanges(changes, { audit_entries: 1 }, 'accepted update'),
      }),
    { examples: knownBad.map((bad) => ({ id: targets[0], version: 'CURRENT', ...bad })) });
  }, fuzzTimeout(40));
});

async function targetRow(id: unknown): Promise<{ row: string; version: number } | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await w.q(`SELECT t::text AS row, version FROM targets t WHERE id = $1`, [id]);
  return row;
}
