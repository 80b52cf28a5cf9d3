/**
 * Budget (shared/budgets.md): the national register file (≈ 1.5 million rows,
 * CSV) imported in ≤ 60 s, keeping one region, with flat memory.
 *
 *   npm run bench:import [-- --file /tmp/magnet-register-bench.csv.gz] [--database-url postgres://…] [--embedded] [--runs 3]
 *
 * Generates the file first when it is missing (generate-register-file.ts).
 * Imports it into a fresh database `runs` times: the first run finds every
 * region row new, the later ones must find nothing new, changed or removed.
 * Prints time, rows/s and peak RSS of each run, RSS at each tenth of the file
 * (flat memory shows as a flat line), and the same-run baseline: reading and
 * unpacking the same file without parsing it. Memory is flat when the import
 * also completes under `node --max-old-space-size=96`.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { RegisterImportSource } from '../../../server/src/modules/register-import/register-import.entity';
import { RegisterImportService } from '../../../server/src/modules/register-import/register-import.service';
import { registerScopeSchema } from '../../../server/src/modules/register-import/register-scope';
import { migrate, openDatabase, type Database } from '../../../server/src/shared/database/database';
import { defaultBenchFile, generateRegisterFile } from './generate-register-file';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: defaultBenchFile },
    'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/magnet_bench_import' },
    embedded: { type: 'boolean', default: false },
    municipality: { type: 'string', default: '3420,3419,3422' },
    runs: { type: 'string', default: '3' },
  },
});

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Samples RSS every 50 ms while `work` runs. */
async function withRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    return { result: await work(), peakRss };
  } finally {
    clearInterval(timer);
  }
}

/** Reading and unpacking the file, nothing more: the floor any import stands on. */
async function baseline(file: string): Promise<number> {
  const started = performance.now();
  const gzip = Buffer.alloc(2);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, gzip, 0, 2, 0);
  fs.closeSync(fd);
  const stream = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  const source = gzip[0] === 0x1f && gzip[1] === 0x8b ? stream.pipe(createGunzip()) : stream;
  const decoder = new TextDecoder();
  for await (const chunk of source) decoder.decode(chunk as Buffer, { stream: true });
  return (performance.now() - started) / 1000;
}

async function freshDatabase(): Promise<Database> {
  if (values.embedded) return openDatabase({ dataDir: 'memory://' });
  const url = new URL(values['database-url']);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return openDatabase({ url: url.toString() });
}

async function main() {
  const file = values.file;
  if (!fs.existsSync(file)) {
    console.log(`Generating ${file} (1.5 million rows)…`);
    await generateRegisterFile({ rows: 1_500_000, regionRows: 4000, out: file, seed: 7 });
  }
  const size = fs.statSync(file).size;
  const scope = registerScopeSchema.parse({ municipalities: values.municipality, industryPrefixes: [] });
  const db = await freshDatabase();
  await migrate(db);
  const [{ version }] = await db.dataSource.query(`SELECT current_setting('server_version') AS version`);
  console.log(`Register import benchmark: ${file} (${mb(size)}), scope ${scope.municipalities.join(',')}`);
  console.log(`Node ${process.version}, ${db.kind === 'embedded' ? 'PGlite' : 'PostgreSQL'} ${version}, ${process.platform}/${process.arch}`);

  const times: number[] = [];
  let errors = 0;
  try {
    for (let run = 1; run <= Number(values.runs); run++) {
      const rssByTenth: string[] = [];
      let nextTenth = 1;
      const started = performance.now();
      const { result: report, peakRss } = await withRss(() =>
        new RegisterImportService(db.dataSource.manager).run(fs.createReadStream(file, { highWaterMark: 1 << 20 }), {
          scope,
          source: RegisterImportSource.CLI,
          fileName: file,
          totalBytes: size,
          onProgress: (p) => {
            while (nextTenth <= 10 && p.bytesRead >= (size * nextTenth) / 10) {
              rssByTenth.push(`${nextTenth * 10}%:${(process.memoryUsage().rss / 1e6).toFixed(0)}`);
              nextTenth++;
            }
          },
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      times.push(seconds);
      const [added, changed, removed] = [report.newOrgNumbers!.length, report.changedOrgNumbers!.length, report.removedOrgNumbers!.length];
      // The first run finds the whole region new; a re-import of the same file changes nothing.
      const expected = run === 1 ? [report.rowsKept, 0, 0] : [0, 0, 0];
      if (added !== expected[0] || changed !== expected[1] || removed !== expected[2]) errors++;
      console.log(
        `run ${run}: ${seconds.toFixed(1)} s, ${Math.round(report.rowsRead / seconds).toLocaleString('en')} rows/s, ` +
          `${report.rowsRead.toLocaleString('en')} rows read, ${report.rowsKept} kept (new ${added}, changed ${changed}, removed ${removed}), ` +
          `peak RSS ${mb(peakRss)}; RSS (MB) by file read: ${rssByTenth.join(' ')}`,
      );
    }
  } catch (error) {
    errors++;
    console.error(error);
  } finally {
    await db.close();
  }
  // After the runs, so its garbage does not count in their RSS.
  const baselineSeconds = await baseline(file);
  console.log(`Baseline (read + unpack + decode only): ${baselineSeconds.toFixed(1)} s`);
  const p50 = median(times);
  console.log(
    `median ${p50.toFixed(1)} s over ${times.length} run(s) (budget ≤ 60 s), ${(p50 / baselineSeconds).toFixed(1)} × the read-only baseline; errors: ${errors}`,
  );
  process.exit(errors ? 1 : 0);
}

void main();
