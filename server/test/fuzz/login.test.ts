import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_IN_A_ROW } from '../../src/modules/auth/login-throttle';
import { createLoginUser } from '../support/http-client';
import { jsonOddity, nastyText } from './support/arbitraries';
import { checkProperty, expectChanges, expectSafeErrors, fuzzTimeout, outcome, withCounts } from './support/fuzz-harness';
import { createFuzzWorld, type FuzzWorld } from './support/fuzz-setup';

/**
 * Login: any e-mail and password get a user, UNAUTHENTICATED, RATE_LIMITED or
 * BAD_USER_INPUT; only the right password signs in (one session, one audit
 * entry), and the eleventh failure in a row for an account is refused.
 */
let w: FuzzWorld;
let accounts: { email: string; password: string }[];

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id email } }`;

beforeAll(async () => {
  w = await createFuzzWorld('ADMIN');
  accounts = [];
  for (const role of ['MEMBER', 'LEADER', 'BOARD']) accounts.push(await createLoginUser(w.db, role, `riktig-passord-${role}`));
});
afterAll(() => w?.stop());

/** Ways people type a known address: as stored, upper case, padded. */
const knownEmail = () =>
  fc.tuple(fc.constantFrom(...accounts), fc.constantFrom('as-is', 'upper', 'padded')).map(([a, how]) =>
    how === 'upper' ? a.email.toUpperCase() : how === 'padded' ? `  ${a.email}\t` : a.email,
  );

describe('login inputs, property-based', () => {
  it('login: only the right password signs in; failures are counted and the 11th in a row is refused', async () => {
    const failuresInARow = new Map<string, number>();
    const attempt = fc.oneof(
      // A known account with its own password, a near miss, or junk.
      {
        weight: 6,
        arbitrary: fc.tuple(knownEmail(), fc.constantFrom('right', 'upper', 'padded', 'other')).map(([e, how]) => {
          const account = accounts.find((a) => a.email === e.trim().toLowerCase())!;
          const p = { right: account.password, upper: account.password.toUpperCase(), padded: ` ${account.password}`, other: accounts.find((a) => a !== account)!.password }[how];
          return { e, p };
        }),
      },
      { weight: 2, arbitrary: fc.record({ e: knownEmail(), p: fc.oneof(nastyText, fc.constant(''), fc.constant('x'.repeat(201))) }) },
      { weight: 2, arbitrary: fc.record({ e: fc.oneof(fc.emailAddress(), nastyText), p: nastyText }) },
      { weight: 1, arbitrary: fc.record({ e: fc.oneof(jsonOddity, nastyText), p: fc.oneof(jsonOddity, nastyText) }) },
    );
    await checkProperty('login', attempt, async ({ e, p }) => {
      const vars = { e, p };
      const { result, changes } = await withCounts(w.db, () => w.client.as(null).execute<any>(LOGIN, vars));
      expectSafeErrors(result.errors, vars);
      const code = outcome(result);
      if (code !== 'OK') expectChanges(changes, {}, 'refused login');
      if (code === 'BAD_USER_INPUT') return code;

      // The attempt reached the throttle: model its count for this account.
      const email = String(e).trim().toLowerCase();
      const account = accounts.find((a) => a.email === email);
      const failures = (failuresInARow.get(email) ?? 0) + 1;
      failuresInARow.set(email, failures);
      if (failures > MAX_FAILURES_IN_A_ROW) expect(code).toBe('RATE_LIMITED');
      else if (account && p === account.password) expect(code).toBe('OK');
      else expect(code).toBe('UNAUTHENTICATED');

      if (code === 'OK') {
        expectChanges(changes, { sessions: 1, audit_entries: 1 }, 'accepted login');
        expect(result.data!.login.email).toBe(email);
        failuresInARow.set(email, 0);
      }
      // A locked account stays locked for 15 minutes; after seeing the lock twice, let time "pass".
      if (failures >= MAX_FAILURES_IN_A_ROW + 2) {
        await w.q(`DELETE FROM login_failures WHERE key = $1`, [`account:${email}`]);
        failuresInARow.set(email, 0);
      }
      return code;
    });
  }, fuzzTimeout(120));
});
