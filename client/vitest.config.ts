import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  test: {
    name: 'client',
    // Run first, alone: component tests wait on timers and mocked answers, which a machine busy with
    // servers and browsers slows unevenly (two CI failures came from that).
    sequence: { groupOrder: 0 },
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Generous: CI runs all suites in parallel on two cores.
    testTimeout: 20_000,
  },
});
