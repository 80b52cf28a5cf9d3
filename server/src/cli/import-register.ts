/**
 * Imports the region's slice of Enhetsregisteret's bulk file (CSV or JSON,
 * gzipped or not):
 *
 *   npm run import:register -- enheter.csv.gz --municipality 3420,3419,3422 [--industry 16,52.1]
 *
 * Old municipality numbers (0427) are accepted and stored as the current ones.
 * Shows a progress bar on a terminal and prints what changed.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RegisterImportSource } from '../modules/register-import/register-import.entity';
import { RegisterImportService, type RegisterImportProgress } from '../modules/register-import/register-import.service';
import { registerScopeSchema } from '../modules/register-import/register-scope';
import { loadConfig } from '../shared/config';
import { migrate, openDatabase } from '../shared/database/database';
import { runCli } from './run-cli';

const usage = 'Usage: npm run import:register -- FILE --municipality 3420,3419,3422 [--industry 16,52.1]';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { municipality: { type: 'string' }, industry: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error(usage);
  // npm runs workspace scripts in server/: a relative path means the caller's folder.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const scope = registerScopeSchema.safeParse({ municipalities: values.municipality, industryPrefixes: values.industry });
  if (!scope.success) throw new Error(`${scope.error.issues[0]!.message}\n${usage}`);
  if (!fs.existsSync(file)) throw new Error(`No such file: ${file}`);

  const config = loadConfig();
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    const started = Date.now();
    const bar = progressBar(process.stderr);
    const report = await new RegisterImportService(db.dataSource.manager)
      .run(fs.createReadStream(file, { highWaterMark: 1 << 20 }), {
        scope: scope.data,
        source: RegisterImportSource.CLI,
        fileName: path.basename(file),
        totalBytes: fs.statSync(file).size,
        onProgress: bar.update,
      })
      .finally(bar.done);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Imported ${file} in ${seconds} s: ${count(report.rowsRead)} entities read, ${count(report.rowsKept)} kept.`);
    for (const [label, list] of [['new', report.newOrgNumbers], ['changed', report.changedOrgNumbers], ['removed', report.removedOrgNumbers]] as const) {
      const numbers = list ?? [];
      console.log(`  ${label}: ${count(numbers.length)}${numbers.length && numbers.length <= 20 ? ` (${numbers.join(', ')})` : ''}`);
    }
  } finally {
    await db.close();
  }
});

const count = (n: number) => n.toLocaleString('nb-NO');

/** One line redrawn in place on a terminal; silent when the output is a file or a pipe. */
function progressBar(out: NodeJS.WriteStream) {
  const width = 30;
  return {
    update(p: RegisterImportProgress) {
      if (!out.isTTY) return;
      const share = p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
      const filled = Math.round(share * width);
      const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
      out.write(
        `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)} %  ` +
          `${mb(p.bytesRead)}/${p.totalBytes ? mb(p.totalBytes) : '?'} MB  ${count(p.rowsRead)} rows  ${count(p.rowsKept)} kept `,
      );
    },
    done() {
      if (out.isTTY) out.write('\n');
    },
  };
}
