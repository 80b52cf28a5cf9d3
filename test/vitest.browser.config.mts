import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'browser',
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    // One browser and one server at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
