import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { expectLogIsAppendOnly } from '../support/stage-log-assertions';
import { openDatabase } from '../../src/shared/database/database';
import { httpClient } from '../support/http-client';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-embedded-'));
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const password = 'demo-passord-123';

/** Logs in as the demo project leader and runs one query. */
async function graphql(base: string, query: string): Promise<{ data: any }> {
  const client = httpClient(base);
  const login = await client.login('prosjektleder@magnet.example', password);
  expect(login.data.login.role).toBe('LEADER');
  return client.post(query);
}

describe('Magnet on its embedded database (no DATABASE_URL)', () => {
  it('starts on an empty data folder, migrates, seeds the demo and answers', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir, MAGNET_DEMO_PASSWORD: password });
    expect(server.output()).toMatch(/Seeded demo data: \d+ companies/);
    for (const role of ['ADMIN', 'LEADER', 'MEMBER', 'BOARD']) expect(server.output()).toMatch(new RegExp(`${role} +\\S+@magnet\\.example +${password}`));
    const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', database: 'embedded' });
    const { data } = await graphql(server.url, '{ prospects(filter: { text: "glomma" }) { totalCount edges { node { name } } } }');
    expect(data.prospects.edges[0].node.name).toBe('GLOMMA FARMA AS');
    await server.stop();
  }, 90_000);

  it('restarts on the same folder without seeding again, and keeps the data', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir });
    expect(server.output()).not.toMatch(/Seeded demo data|magnet\.example/);
    const { data } = await graphql(server.url, '{ prospects(filter: { archived: ALL }) { totalCount } }');
    expect(data.prospects.totalCount).toBeGreaterThanOrEqual(55);
    await server.stop();
  }, 60_000);

  it('refuses a second server on a folder in use with one clear line, and leaves the first one running', async () => {
    server = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const second = await runMain({ DATA_DIR: dataDir, PORT: String(new URL(server.url).port === '4999' ? 4998 : 4999) });
      expect(second.code).toBe(1);
      expect(second.stderr.trim()).toMatch(/^Cannot start: The embedded database in .+ is in use by another Magnet process \(pid \d+\)\. Stop it first, or set DATA_DIR to another folder\.$/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('stops cleanly on SIGTERM and SIGINT: exit 0, database closed, folder unlocked', async () => {
    // Not NODE_ENV=test, in which Apollo Server leaves the signals alone: outside tests its own
    // handler re-raised the signal and ended the process before the database was closed.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      server = await startServerProcess({ DATA_DIR: dataDir, NODE_ENV: 'production' });
      expect(fs.existsSync(path.join(dataDir, 'magnet.lock'))).toBe(true);
      await server.stop(signal);
      expect([server.child.exitCode, server.child.signalCode], server.output()).toEqual([0, null]);
      expect(fs.existsSync(path.join(dataDir, 'magnet.lock'))).toBe(false);
    }
  }, 60_000);

  it('refuses UPDATE and DELETE on the stage-change log in PGlite too', async () => {
    const db = await openDatabase({ dataDir });
    try {
      await expectLogIsAppendOnly(db);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('stops with one clear line on a bad setting', async () => {
    const { code, stderr } = await runMain({ PORT: 'abc', DATABASE_URL: '' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Invalid configuration: PORT must be a whole number from 1 to 65535 (got "abc").');
  }, 30_000);
});

/** Runs the server with these settings until it exits by itself (these tests expect it to refuse). */
async function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['-r', './register.cjs', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr };
}
