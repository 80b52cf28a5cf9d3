import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFixtureRegister, type FixtureRegister } from '../../../server/test/brreg/fixture-register';
import { startServerProcess, type ServerProcess } from '../../../server/test/support/server-process';
import { demoPassword } from './browser';

/**
 * The built app on a fresh embedded database with the demo data, like `startMagnet`, but asking
 * a local stand-in for Enhetsregisteret (server/test/brreg/fixtures) instead of the internet.
 */
export async function startMagnetWithRegister(): Promise<
  ServerProcess & { register: FixtureRegister; dataDir: string; cleanup(): Promise<void> }
> {
  if (!fs.existsSync(path.resolve(__dirname, '../../../client/dist/index.html'))) {
    throw new Error('client/dist is missing: run `npm run build -w client` (npm test does it).');
  }
  const register = await startFixtureRegister();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-e2e-'));
  let server: ServerProcess;
  try {
    server = await startServerProcess({ DATA_DIR: dataDir, MAGNET_DEMO_PASSWORD: demoPassword, BRREG_BASE_URL: register.baseUrl });
  } catch (error) {
    await register.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...server,
    register,
    dataDir,
    async cleanup() {
      await server.stop();
      await register.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
