import { expect, it } from 'vitest';
import { editableKinds, runTwoServersDrill } from '../support/two-servers-drill';

it('two server processes on one database: both start at once, sessions work on both, one writer per version wins (npm run drill:faults)', async () => {
  const result = await runTwoServersDrill({ rounds: 1, concurrentStart: true, log: () => undefined });
  expect(result.problems).toEqual([]);
  expect(result.races).toBe(editableKinds().length); // rounds: 1, so one race per kind
  expect(result.oneWinner).toBe(result.races);
});
