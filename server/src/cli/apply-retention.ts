/**
 * Applies the retention rule once (the server also does so daily):
 *
 *   npm run privacy:retention
 *
 * Contacts of companies closed more than the set number of months ago are
 * erased; the audit log gets what was removed (counts and ids).
 */
import 'reflect-metadata';
import { RetentionService } from '../modules/privacy/retention.service';
import { loadConfig } from '../shared/config';
import { migrate, openDatabase } from '../shared/database/database';
import { runCli } from './run-cli';

runCli(async () => {
  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const report = await db.dataSource.manager.transaction((em) => new RetentionService(em, null).apply());
    console.log(
      report.months === null
        ? 'No retention rule is set: nothing erased. Set one under Settings → Privacy (updateRetentionSettings).'
        : `Retention ${report.months} months: erased ${report.erasedContactIds.length} contact(s) of ${report.prospectIds.length} closed company(ies).`,
    );
  } finally {
    await db.close();
  }
});
