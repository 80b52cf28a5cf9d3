import 'reflect-metadata';
import { createApp } from './app/create-app';
import { BrregClient } from './modules/brreg/brreg.client';
import { startRetentionJob } from './modules/privacy/retention.job';
import { ConfigError, loadConfig } from './shared/config';
import { migrate, openDatabase, type Database } from './shared/database/database';
import { describeStartupError } from './shared/startup-error';
import { seedDemoIfEmpty } from './modules/demo/demo.seed';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  let db: Database | undefined;
  try {
    db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, logging: config.logSql });
    const applied = await migrate(db);
    if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
    if (db.kind === 'embedded') {
      await seedDemoIfEmpty(db.dataSource.manager, { log: console.log, password: process.env.MAGNET_DEMO_PASSWORD || undefined });
    }

    const app = await createApp({ db, config, brreg: new BrregClient(config.brreg) });
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once('error', reject);
      app.httpServer.listen(config.port, config.host, resolve);
    });
    const stopRetention = startRetentionJob(db);
    const where = db.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
    console.log(`Magnet is running at http://${config.host}:${config.port} (${where}; started in ${Date.now() - startedAt} ms)`);

    const shutdown = async (signal: string) => {
      console.log(`${signal}: stopping…`);
      stopRetention();
      await app.stop();
      await db?.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await db?.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : describeStartupError(error, loadConfigSafely()));
  process.exit(1);
});

function loadConfigSafely() {
  try {
    return loadConfig();
  } catch {
    return undefined;
  }
}
