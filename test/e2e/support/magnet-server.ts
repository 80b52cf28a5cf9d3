import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess, type ServerProcess } from '../../../server/test/support/server-process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { demoPassword, launchBrowser } from './browser';

/**
 * The built app on a fresh embedded database with the demo data, as a new
 * user gets it from `npm start` (the client is built by `npm test` first).
 */
export async function startMagnet(): Promise<ServerProcess & { dataDir: string; cleanup(): Promise<void> }> {
  if (!fs.existsSync(path.resolve(__dirname, '../../../client/dist/index.html'))) {
    throw new Error('client/dist is missing: run `npm run build -w client` (npm test does it).');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-e2e-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, MAGNET_DEMO_PASSWORD: demoPassword });
  return {
    ...server,
    dataDir,
    async cleanup() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built app on a fresh embedded database (see startMagnet) and a Chromium, for the tests of
 * one file: started before them, stopped after. Read `app.magnet` and `app.browser` inside tests.
 */
export function magnetAndBrowser() {
  const app = {} as { magnet: Awaited<ReturnType<typeof startMagnet>>; browser: Browser };
  beforeAll(async () => {
    app.magnet = await startMagnet();
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.magnet?.cleanup();
  });
  return app;
}
