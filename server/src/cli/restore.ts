/**
 * npm run db:restore -- --in FILE [--force]
 *
 * PostgreSQL (DATABASE_URL set): `pg_restore` of a db:backup file into that
 * database, in one transaction (a restore that fails leaves the database as
 * it was). The database must be empty (no tables); --force replaces what it
 * holds (`--clean --if-exists`).
 * Embedded (DATA_DIR): unpacks a db:backup .tar.gz into DATA_DIR, which must
 * be empty or missing; --force moves an existing folder aside first. The
 * archive is unpacked and opened in a new folder next to it, and only put in
 * place when that worked.
 * Stop Magnet before restoring.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../shared/config';
import { lockDataDir } from '../shared/database/data-dir-lock';
import { openDatabase } from '../shared/database/database';
import { fromCaller, libpqEnvironment, option, runTool } from './backup';
import { runCli } from './run-cli';

const force = process.argv.includes('--force');

runCli(async () => {
  const input = option('--in');
  if (!input) throw new Error('Say which backup to restore: npm run db:restore -- --in FILE');
  const file = fromCaller(input);
  if (!fs.existsSync(file)) throw new Error(`There is no file ${file}.`);
  const config = loadConfig();
  const kind = backupKind(file);
  const started = Date.now();
  let counts: string;
  if (config.databaseUrl) {
    if (kind !== 'postgres') throw new Error(`${file} is not a PostgreSQL backup (made by db:backup with DATABASE_URL). An embedded backup is restored with DATA_DIR set and DATABASE_URL empty.`);
    counts = await restorePostgres(config.databaseUrl, file);
  } else {
    if (kind !== 'embedded') throw new Error(`${file} is not an embedded-database backup (.tar.gz made by db:backup with DATA_DIR). A PostgreSQL backup is restored with DATABASE_URL set.`);
    counts = await restoreEmbedded(config.dataDir, file);
  }
  console.log(`Restored ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts}.`);
});

/** pg_dump's custom format starts with PGDMP; a gzip archive with 1f 8b. */
function backupKind(file: string): 'postgres' | 'embedded' | 'unknown' {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  return 'unknown';
}

async function restorePostgres(url: string, file: string): Promise<string> {
  const { env, database } = libpqEnvironment(url);
  const tables = await userTables(url);
  if (tables.length && !force) {
    throw new Error(
      `The database ${database} is not empty (${tables.length} tables, e.g. ${tables.slice(0, 3).join(', ')}). ` +
        'Restore into an empty database, or add --force to replace what it holds.',
    );
  }
  await runTool(
    'pg_restore',
    ['--no-password', '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', ...(tables.length ? ['--clean', '--if-exists'] : []), `--dbname=${database}`, file],
    env,
  );
  // --clean drops only what the backup holds: say so when tables it does not know are left.
  const listed = await runTool('pg_restore', ['--list', file], {});
  const leftOver = (await userTables(url)).filter((t) => !new RegExp(`\\bTABLE (DATA )?public ${t}\\b`).test(listed));
  if (leftOver.length) console.warn(`Note: tables not in the backup were left as they were: ${leftOver.join(', ')}.`);
  return summary(url);
}

async function userTables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  } finally {
    await client.end();
  }
}

async function summary(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A backup of a database Magnet never migrated restores fine but has none of its tables.
    const { rows } = await client.query(`SELECT to_regclass('public.prospects') IS NOT NULL AS magnet`);
    if (!rows[0].magnet) return 'it holds no Magnet tables (was the backup made of a Magnet database?)';
    return countsText(await client.query(countsSql).then((r) => r.rows[0]));
  } finally {
    await client.end();
  }
}

async function restoreEmbedded(dataDir: string, file: string): Promise<string> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0 && !force) {
    throw new Error(`${dataDir} is not empty. Restore into an empty or new DATA_DIR, or add --force to move the existing folder aside.`);
  }
  // Refuses while a server has the folder open (DataDirInUseError); held until it is moved aside.
  const release = fs.existsSync(dataDir) ? lockDataDir(dataDir) : () => {};
  const restoring = `${dataDir}.restoring-${Date.now()}`;
  let counts: string;
  try {
    const db = await openDatabase({ dataDir: restoring, loadDataDir: new Blob([fs.readFileSync(file)]) });
    try {
      counts = countsText((await db.dataSource.query(countsSql))[0]);
    } finally {
      await db.close();
    }
  } catch (error) {
    release();
    fs.rmSync(restoring, { recursive: true, force: true });
    throw error;
  }
  release();
  if (fs.existsSync(dataDir)) {
    const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    if (fs.readdirSync(dataDir).length > 0) {
      fs.renameSync(dataDir, aside);
      console.log(`The folder that was there is kept as ${aside}.`);
    } else {
      fs.rmdirSync(dataDir);
    }
  }
  fs.renameSync(restoring, dataDir);
  return counts;
}

const countsSql = `SELECT (SELECT count(*) FROM prospects)::int AS companies, (SELECT count(*) FROM meetings)::int AS meetings,
                          (SELECT count(*) FROM stage_changes)::int AS "stage changes", (SELECT count(*) FROM users)::int AS users`;
const countsText = (row: Record<string, number>) => Object.entries(row).map(([k, v]) => `${v} ${k}`).join(', ');
