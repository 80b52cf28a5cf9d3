import { describe, expect, it } from 'vitest';
import { runBackupDrill } from '../support/backup-drill';

describe('backup and restore (npm run drill:backup)', () => {
  it.each(['postgres', 'embedded'] as const)('%s: db:backup → db:restore into an empty database → same row counts and checksums', async (engine) => {
    const result = await runBackupDrill({ engine, quick: true, log: () => undefined });
    expect(result.problems).toEqual([]);
    expect(result.rows).toBeGreaterThan(1000);
  });
});
