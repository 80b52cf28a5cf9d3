import 'reflect-metadata';
import { loadConfig } from '../shared/config';
import { migrate, openDatabase } from '../shared/database/database';
import { runCli } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const ran = await migrate(db);
    console.log(ran.length ? `Applied ${ran.length} migration(s): ${ran.join(', ')}` : 'Database is up to date.');
  } finally {
    await db.close();
  }
});
