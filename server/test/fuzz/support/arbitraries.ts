import fc from 'fast-check';
import { orgNumberCheckDigit } from '../../../src/modules/prospect/org-number';

/** Replaces unpaired surrogates with U+FFFD (what String.prototype.toWellFormed does). */
export const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/**
 * Inputs people and attackers actually send: SQL metacharacters and classic
 * injections, LIKE wildcards, escapes, placeholders, typographic quotes,
 * GraphQL/JSON look-alikes, invisible and direction-changing characters.
 */
export const injectionCorpus: readonly string[] = [
  "' OR 1=1 --",
  "'; DROP TABLE prospects; --",
  "\"; DROP TABLE stage_changes; --",
  "1; SELECT pg_sleep(5)",
  "') OR ('a'='a",
  "' UNION SELECT password_hash FROM users --",
  '\x00',
  'a\x00b',
  '%',
  '_',
  '%%',
  '%_%',
  '\\',
  '\\\\',
  '\\%',
  '\\_',
  "\\'",
  '$1',
  '$2::text',
  '$$',
  '$tag$ x $tag$',
  '::uuid',
  "E'\\x00'",
  '/* comment */',
  '--',
  ';',
  '\u2018quoted\u2019',
  '\u201Cquoted\u201D',
  '\u00ABsitat\u00BB',
  '\u02BC',
  '\uFF07 OR 1=1 --',
  '{"$gt": ""}',
  '{"query": "{ __typename }"}',
  'query { __schema { types { name } } }',
  '__proto__',
  'constructor',
  'prototype',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x7fffffff',
  '\r\n',
  '\t',
  '\u2028\u2029',
  '\uFEFF',
  '\u200B',
  '\u202Eevil',
  'Z\u0351\u0362\u0347a\u0353\u0356l\u0359g\u0330o',
  '\uD83D\uDE00',
  '\uD800',
  '\uDFFF',
  '\uFFFF',
  'ÆØÅ æøå',
  'İıŞ',
  'ß',
  '\u0130stanbul',
];

/** Any UTF-16 code unit, so lone surrogates and C0/C1 controls turn up too. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((n) => String.fromCharCode(n));

/** Lengths at and around the limits of the inputs (100, 200, 300, 500, 20 000). */
const boundaryLength = fc.constantFrom(99, 100, 101, 199, 200, 201, 299, 300, 301, 499, 500, 501, 1_000, 19_999, 20_000, 20_001);

/** A very long text made of one repeated piece (cheap to generate, hard to store wrongly). */
export const longText = fc
  .tuple(fc.constantFrom('a', 'å', 'Ø', '😀', "'", '\\', '%', ' ', 'x\u0301'), boundaryLength)
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));

/** Free text: plain, unicode, control characters, injections and mixes of them. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: controlChar, maxLength: 5 }) },
  { weight: 4, arbitrary: fc.constantFrom(...injectionCorpus) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...injectionCorpus), fc.string({ unit: 'grapheme', maxLength: 8 })), { minLength: 2, maxLength: 5 })
      .map((parts) => parts.join(' ')),
  },
  { weight: 1, arbitrary: longText },
);

/** Values of the wrong JSON type for a field: GraphQL must refuse them cleanly. */
export const jsonOddity: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom([], {}, [null], ['a', 1], { a: { b: [1, { c: null }] } }, [[[[]]]]),
  fc.string({ maxLength: 5 }).map((s) => ({ [s]: s })),
);

/** Mostly `value`, now and then absent-as-null or of the wrong type. */
export function sometimesOdd<T>(value: fc.Arbitrary<T>, oddWeight = 1): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 10, arbitrary: value }, { weight: oddWeight, arbitrary: jsonOddity });
}

/** Integers: in range, negative, 32-bit edges, beyond 32 bits, non-integers, NaN-like strings. */
export const nastyInt: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 1_000 }) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1_000_000, 1_000_001, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e3', '0x10', '12', ' 7 ', '١٢', '', '--1', "1' OR '1'='1") },
);

/** Calendar dates as text: valid, impossible, out of range, other formats, PostgreSQL's special words. */
export const dateish: fc.Arbitrary<string> = fc
  .oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0000-01-01', '0001-01-01', '9999-12-31', '2026-02-29', '2024-02-29', '2026-02-30', '2026-13-01', '2026-00-10',
      '2026-1-1', '26-01-01', '01.02.2026', '2026/01/02', '2026-01-02T10:00:00Z', ' 2026-01-02', '2026-01-02 ',
      'infinity', '-infinity', 'epoch', 'today', 'now', 'allballs', '+275760-09-13', '-271821-04-20', '',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
  { weight: 1, arbitrary: nastyText },
  );

/** Points in time as text: ISO 8601 with odd offsets and precisions, and broken ones. */
export const instantish: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString()) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(dateish, fc.constantFrom('T00:00:00', 'T23:59:59', 'T24:00:00', 'T12:00:60', 'T13:00:00.123456789', 'T13:00'),
        fc.constantFrom('Z', '+01:00', '-12:00', '+14:00', '+99:00', '+0100', '', 'z', ' UTC'))
      .map(([d, t, z]) => `${d}${t}${z}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('0000-01-01T00:00:00Z', '9999-12-31T23:59:59+14:00', '1970-01-01T00:00:00Z', 'now', 'infinity', '') },
  { weight: 1, arbitrary: nastyText },
);

/** Ids: ones that exist, well-formed ones that do not, edge UUIDs and junk. */
export function idish(existing: readonly string[]): fc.Arbitrary<string> {
  const known = existing.length ? [{ weight: 6, arbitrary: fc.constantFrom(...existing) }] : [];
  return fc.oneof(
    ...known,
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-4000-8000-000000000000',
        ...existing.slice(0, 2).flatMap((id) => [id.toUpperCase(), ` ${id}`, `${id}'`, id.slice(0, -1), `{${id}}`, id.replace(/-/g, '')]),
      ),
    },
    { weight: 1, arbitrary: nastyText },
  );
}

/** A list of ids: empty, a few (with repeats), or more than any limit allows. */
export function idListish(existing: readonly string[], maxLength = 6): fc.Arbitrary<string[]> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(idish(existing), { maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(...(existing.length ? existing : ['x'])).map((id) => Array(201).fill(id) as string[]) },
  );
}

/** One value of an enum, now and then a near miss (lower case, spaces, unknown, injection). */
export function enumish(values: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => v.toLowerCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => ` ${v}`) },
    { weight: 1, arbitrary: nastyText },
  );
}

/** An optional field: left out, null, or a value. */
export function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> {
  return fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: value });
}

/** A valid organisation number (nine digits, 8 or 9 first, MOD11), fresh most of the time. */
export const validOrgNumber: fc.Arbitrary<string> = fc
  .integer({ min: 80_000_000, max: 99_999_999 })
  .filter((n) => orgNumberCheckDigit(String(n)) !== null)
  .map((n) => `${n}${orgNumberCheckDigit(String(n))}`);

/** A few fixed valid numbers: drawn again and again, so duplicates turn up. */
export const orgNumberPool: readonly string[] = fc.sample(validOrgNumber, { numRuns: 6, seed: 42 });

/** Organisation numbers: valid MOD11 ones (some spaced), near misses, junk. */
export const orgNumberish = (valid: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...valid).map((n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`) },
    { weight: 2, arbitrary: fc.stringMatching(/^[89]\d{8}$/) },
    { weight: 1, arbitrary: fc.stringMatching(/^\d{1,12}$/) },
    { weight: 2, arbitrary: nastyText },
  );

/** An idempotency key: mostly from a small pool (so retries happen), else junk. */
export const idempotencyKeyish: fc.Arbitrary<string | null | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom('retry-key-0001', 'retry-key-0002', 'retry_key_0003', 'RETRY-KEY-0004') },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/) },
  { weight: 1, arbitrary: nastyText },
);

/** Free text an input accepts: anything (injections, unicode, controls) up to its length limit. */
export const validText = (max: number) => nastyText.map((s) => s.slice(0, max));

/** How many fields of an otherwise valid input to break: mostly none or one, so both paths get exercised. */
const brokenFieldCount = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.constant(1) },
  { weight: 2, arbitrary: fc.integer({ min: 2, max: 3 }) },
);

/**
 * An input built from valid field values (`valid`), with zero to three fields
 * replaced by broken ones (`broken`). Purely random inputs are nearly always
 * refused by the first check; this way accepted writes happen often enough
 * to check what gets stored, and each check is reached on its own.
 */
export function mostlyValid<V extends Record<string, fc.Arbitrary<unknown>>>(
  valid: V,
  broken: { [K in keyof V]?: fc.Arbitrary<unknown> },
  requiredKeys: (keyof V & string)[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(broken);
  const pickBroken = brokenFieldCount.chain((n) => {
    const size = Math.min(n, keys.length);
    return fc.shuffledSubarray(keys, { minLength: size, maxLength: size });
  });
  return fc
    .tuple(fc.record(valid, { requiredKeys }), pickBroken, fc.record(broken as Record<string, fc.Arbitrary<unknown>>))
    .map(([base, names, bad]) => {
      const input: Record<string, unknown> = { ...base };
      for (const name of names) input[name] = bad[name];
      return input;
    });
}

/** A date that exists, 1900–2100. */
export const validDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** An ISO 8601 instant with an offset, 1900–2100. */
export const validInstant = fc
  .tuple(
    fc.date({ min: new Date('1900-01-02T00:00:00Z'), max: new Date('2100-12-30T00:00:00Z'), noInvalidDate: true }),
    fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+14:00'),
  )
  .map(([d, offset]) => d.toISOString().replace('Z', offset));
