import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'repo',
    // With the client group: light file checks.
    sequence: { groupOrder: 0 },
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ['repo/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
