import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServerProcess, type ServerProcess } from '../../../server/test/support/server-process';
import { demoPassword } from './browser';

const repoRoot = path.resolve(__dirname, '../../..');

/**
 * The built app on an embedded database holding the demo and `count` more companies. The data
 * folder is filled before the server starts (in a child process: the server's entities need
 * swc's decorator metadata), then the server opens it as a user's `npm start` would.
 */
export async function startMagnetWithCompanies(count: number): Promise<ServerProcess & { dataDir: string; cleanup(): Promise<void> }> {
  if (!fs.existsSync(path.join(repoRoot, 'client/dist/index.html'))) {
    throw new Error('client/dist is missing: run `npm run build -w client` (npm test does it).');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-e2e-many-'));
  try {
    await promisify(execFile)(
      process.execPath,
      ['-r', './server/register.cjs', 'test/e2e/support/seed-many-companies.ts', dataDir, String(count), demoPassword],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: '' }, timeout: 120_000 },
    );
    const server = await startServerProcess({ DATA_DIR: dataDir, MAGNET_DEMO_PASSWORD: demoPassword });
    return {
      ...server,
      dataDir,
      async cleanup() {
        await server.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
