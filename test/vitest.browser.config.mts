import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'browser',
    // After the server group: Chromium and a server process per file need the machine.
    sequence: { groupOrder: 2 },
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    // One browser and one server at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
