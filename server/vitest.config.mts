import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineProject({
  // swc emits the decorator metadata that type-graphql and TypeORM need.
  plugins: [swc.vite({ tsconfigFile: path.join(here, 'tsconfig.json') })],
  resolve: {
    // graphql ships .js and .mjs: load one copy, or schemas come "from another realm".
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    name: 'server',
    // After the client group (see client/vitest.config.ts).
    sequence: { groupOrder: 1 },
    root: here,
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
