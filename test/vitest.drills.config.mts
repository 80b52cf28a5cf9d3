import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/**
 * Short versions of the reliability drills (test/drills): backup and restore
 * on both engines, a 5-second load drill, two server processes on one
 * database, and SIGKILL mid-write. They need PostgreSQL (TEST_DATABASE_URL);
 * the PostgreSQL restart drill runs only by command (npm run drill:faults).
 */
export default defineProject({
  test: {
    name: 'drills',
    // Last: the drills load the machine and PostgreSQL on purpose.
    sequence: { groupOrder: 3 },
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ['drills/ci/**/*.test.ts'],
    environment: 'node',
    // One drill at a time: each runs servers and databases on a 2-core machine.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
