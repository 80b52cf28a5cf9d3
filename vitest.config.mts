import { defineConfig } from 'vitest/config';

/**
 * One run for every suite: server (GraphQL through a real database), client
 * (components in happy-dom), repo (artifacts: compose file, generated code),
 * browser (the built app in real Chromium) and drills (short reliability
 * drills, PostgreSQL only). `npm test` picks the projects.
 */
export default defineConfig({
  test: {
    projects: [
      'server/vitest.config.mts',
      'client/vitest.config.ts',
      'test/vitest.repo.config.mts',
      'test/vitest.browser.config.mts',
      'test/vitest.drills.config.mts',
    ],
  },
});
