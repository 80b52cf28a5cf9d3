import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'repo',
    root: path.dirname(fileURLToPath(import.meta.url)),
    include: ['repo/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
