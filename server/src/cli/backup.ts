/**
 * npm run db:backup -- --out FILE [--force]
 *
 * PostgreSQL (DATABASE_URL set): `pg_dump --format=custom`, which db:restore
 * (pg_restore) reads; a consistent snapshot even while the server runs.
 * Embedded (DATA_DIR): the whole PGlite data folder as a .tar.gz. PGlite is
 * one process: stop the server first (the folder's lock refuses the backup
 * while a server has it open; a crashed server's lock is stale at once).
 *
 * The backup is written to FILE.partial and renamed when complete, so a
 * backup that broke off never looks whole. An existing FILE needs --force.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../shared/config';
import { openDatabase } from '../shared/database/database';
import { runCli } from './run-cli';

/** `--name value` from the command line. */
export const option = (name: string, args = process.argv.slice(2)) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const force = process.argv.includes('--force');

/** A path as the user typed it: `npm run` changes to the repository root, INIT_CWD is where they were. */
export const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

// restore.ts borrows the helpers below: run only when started as the command.
if (require.main === module) runCli(backup);

async function backup(): Promise<void> {
  const out = option('--out');
  if (!out) throw new Error('Say where to write the backup: npm run db:backup -- --out FILE');
  const config = loadConfig();
  const file = fromCaller(out);
  if (fs.existsSync(file) && !force) throw new Error(`${file} exists already. Choose another name, or add --force to overwrite it.`);
  const partial = `${file}.partial`;
  const started = Date.now();
  let what: string;
  try {
    if (config.databaseUrl) {
      const { env, database } = libpqEnvironment(config.databaseUrl);
      await runTool('pg_dump', ['--format=custom', '--no-password', `--file=${partial}`, database], env);
      what = `PostgreSQL database ${database}`;
    } else {
      await dumpEmbedded(config.dataDir, partial);
      what = `embedded database in ${config.dataDir}`;
    }
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  const size = fs.statSync(file).size;
  console.log(`Backed up the ${what} to ${file} (${(size / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function dumpEmbedded(dataDir: string, target: string): Promise<void> {
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`There is no embedded database in ${dataDir}. Set DATA_DIR to its folder (or DATABASE_URL for PostgreSQL).`);
  }
  const db = await openDatabase({ dataDir });
  try {
    const archive = await db.embedded!.dumpDataDir('gzip');
    fs.writeFileSync(target, Buffer.from(await archive.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/**
 * The URL as libpq environment variables, so the password never shows in the
 * process list (as it would in a --dbname=postgres://… argument).
 */
export function libpqEnvironment(url: string): { env: NodeJS.ProcessEnv; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
  const env: NodeJS.ProcessEnv = { PGHOST: u.hostname, PGPORT: u.port || '5432', PGDATABASE: database };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return { env, database };
}

/** Runs a PostgreSQL client tool; its error output becomes the error message. */
export function runTool(command: string, toolArgs: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, toolArgs, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? `${command} was not found: install the PostgreSQL client tools (the same major version as the server or newer).` : error.message)),
    );
    child.once('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} stopped with exit code ${code}: ${stderr.trim()}`))));
  });
}
