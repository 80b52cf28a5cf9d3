import { expect, it } from 'vitest';
import { runLoadDrill } from '../support/load-drill';

it('load: 10 clients for 5 s, no errors, the database holds exactly the acknowledged writes (npm run drill:load)', async () => {
  const result = await runLoadDrill({ clients: 10, seconds: 5, log: () => undefined });
  expect(result.problems).toEqual([]);
  expect(result.errors).toBe(0);
  expect(result.ledger.companies.stored).toBe(result.ledger.companies.acknowledged);
  expect(result.ledger.meetings.minutesIdentical).toBe(result.ledger.meetings.acknowledged);
  expect(result.requests).toBeGreaterThan(20);
});
