import { expect, it } from 'vitest';
import { runSigkillDrill } from '../support/sigkill-drill';

it('SIGKILL mid-write: nothing half-written, retries leave exactly the acknowledged writes (npm run drill:faults)', async () => {
  const result = await runSigkillDrill({ engine: 'postgres', clients: 6, killAfterMs: 1200, log: () => undefined });
  expect(result.problems).toEqual([]);
  expect(result.ledger!.companies.stored).toBe(result.ledger!.companies.acknowledged);
});
