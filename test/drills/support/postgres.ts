import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * The PostgreSQL the drills create their databases in (as a superuser):
 * DRILL_DATABASE_URL, else TEST_DATABASE_URL, else the local one.
 */
export function adminUrl(): string {
  return process.env.DRILL_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A query function over one connection; `close` ends it. Rows come back as plain objects. */
export interface Sql {
  <T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function connect(url: string): Promise<Sql> {
  const client = new pg.Client({ connectionString: url, application_name: 'magnet-drill' });
  await client.connect();
  // A drill must never hang on a lock held by the server it checks.
  await client.query(`SET statement_timeout = '60s'`);
  const sql = (async (text: string, params?: unknown[]) => (await client.query(text, params)).rows) as Sql;
  sql.close = () => client.end();
  return sql;
}

/** Runs one statement on the admin database. */
export async function adminQuery(text: string): Promise<void> {
  const sql = await connect(adminUrl());
  try {
    await sql(text);
  } finally {
    await sql.close();
  }
}

export interface DrillDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database named magnet_drill_<purpose>_<random>; `drop` removes it (also with connections left open). */
export async function createDrillDatabase(purpose: string): Promise<DrillDatabase> {
  const name = `magnet_drill_${purpose}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  return { name, url: withDatabase(adminUrl(), name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The local cluster (Debian's pg_ctlcluster), for the restart drill. */
function localCluster(): { version: string; name: string } {
  const versions = fs.readdirSync('/etc/postgresql').sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error('No local PostgreSQL cluster under /etc/postgresql');
  return { version: versions[0]!, name: 'main' };
}

let stoppedByDrill = false;
let exitGuardInstalled = false;

/**
 * Others' tests use this PostgreSQL: if the drill process ends (Ctrl-C, a
 * crash) while it has the cluster stopped, start it again on the way out.
 */
function installExitGuard(): void {
  if (exitGuardInstalled) return;
  exitGuardInstalled = true;
  const restart = () => {
    if (!stoppedByDrill) return;
    const { version, name } = localCluster();
    try {
      execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start'], { stdio: 'inherit', timeout: 60_000 });
      stoppedByDrill = false;
    } catch (error) {
      console.error(`Could not start PostgreSQL ${version}/${name} again: start it by hand!`, error);
    }
  };
  process.once('exit', restart);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      restart();
      process.exit(130);
    });
  }
}

export async function stopPostgres(): Promise<void> {
  const { version, name } = localCluster();
  installExitGuard();
  stoppedByDrill = true;
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'stop', '-m', 'fast'], { timeout: 60_000 });
}

/** Starts the local cluster (nothing to do when it already runs). */
export async function startPostgres(): Promise<void> {
  const { version, name } = localCluster();
  const running = await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'status']).then(() => true, () => false);
  if (!running) await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'start'], { timeout: 60_000 });
  stoppedByDrill = false;
}

/** Waits until PostgreSQL accepts a query; returns when it did. */
export async function waitForPostgres(timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const sql = await connect(adminUrl());
      await sql('SELECT 1');
      await sql.close();
      return Date.now();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function serverVersion(url: string): Promise<string> {
  const sql = await connect(url);
  try {
    const [row] = await sql<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${row!.server_version}`;
  } finally {
    await sql.close();
  }
}

/** The first column of the first row, e.g. a count. */
export async function scalar<T = number>(sql: Sql, text: string, params?: unknown[]): Promise<T> {
  const [row] = await sql(text, params);
  return Object.values(row as object)[0] as T;
}
