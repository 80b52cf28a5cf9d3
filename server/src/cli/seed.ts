import 'reflect-metadata';
import { seedDemoIfEmpty } from '../modules/demo/demo.seed';
import { loadConfig } from '../shared/config';
import { migrate, openDatabase } from '../shared/database/database';
import { runCli } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const result = await seedDemoIfEmpty(db.dataSource.manager, {
      log: console.log,
      password: process.env.MAGNET_DEMO_PASSWORD || undefined,
    });
    if (!result) console.log('The database already holds companies or users: demo data not added.');
  } finally {
    await db.close();
  }
});
