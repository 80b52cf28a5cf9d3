import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { hashPassword } from '../../../server/src/modules/auth/password';
import { startServerProcess, type ServerProcess } from '../../../server/test/support/server-process';
import type { Sql } from './postgres';

export type { ServerProcess };

const repoRoot = path.resolve(__dirname, '../../..');

/** Where a Magnet runs: a PostgreSQL database (url) or an embedded data folder (dataDir). */
export type Engine = { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };

export function engineEnv(engine: Engine): Record<string, string> {
  return engine.kind === 'postgres' ? { DATABASE_URL: engine.url } : { DATABASE_URL: '', DATA_DIR: engine.dataDir };
}

/** The real server (src/main.ts) as a child process, healthy when this returns. */
export function startMagnet(engine: Engine, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess({ ...engineEnv(engine), NODE_ENV: 'production', ...extraEnv }, 180_000);
}

export interface CliResult {
  code: number | null;
  output: string;
}

/** Runs one of the server's command-line tools (server/src/cli/<name>.ts), as `npm run` would. */
export function runServerCli(name: string, args: string[], engine: Engine, extraEnv: Record<string, string> = {}): Promise<CliResult> {
  const child = spawn(process.execPath, ['-r', './server/register.cjs', `server/src/cli/${name}.ts`, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...engineEnv(engine), ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server/src/cli/${name}.ts ran longer than 5 minutes:\n${output}`));
    }, 300_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Migrates the database and seeds the demo (companies, meetings, stage history, demo users with `password`). */
export async function seedDemo(engine: Engine, password: string): Promise<void> {
  const result = await runServerCli('seed', [], engine, { MAGNET_DEMO_PASSWORD: password });
  if (result.code !== 0 || !/Seeded demo data/.test(result.output)) throw new Error(`Seeding the demo failed:\n${result.output}`);
}

export interface DrillUser {
  id: string;
  email: string;
  password: string;
}

/** `count` team members like the demo's (MEMBER: writes the pipeline, logs meetings), all with one password. */
export async function createDrillUsers(sql: Sql, count: number, role = 'MEMBER'): Promise<DrillUser[]> {
  const password = `drill-${randomBytes(9).toString('base64url')}`;
  const hash = await hashPassword(password); // one hash for all: argon2 is slow by design
  const tag = randomBytes(3).toString('hex');
  const users: DrillUser[] = [];
  for (let i = 0; i < count; i++) {
    const email = `drill-${tag}-${i}@magnet.example`;
    const [row] = await sql<{ id: string }>(
      `INSERT INTO users (name, email, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [`Drill ${i}`, email, role, hash],
    );
    users.push({ id: row!.id, email, password });
  }
  return users;
}
