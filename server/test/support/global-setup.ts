import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { migrate, openDatabase } from '../../src/shared/database/database';

/**
 * Builds one migrated database per run that every test file copies:
 * a PostgreSQL template database when TEST_DATABASE_URL is set, otherwise
 * a PGlite snapshot (opening a snapshot takes ~1 s instead of a full init).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `magnet_template_${process.pid}`;
    await adminQuery(url, `DROP DATABASE IF EXISTS ${template}`);
    await adminQuery(url, `CREATE DATABASE ${template}`);
    const db = await openDatabase({ url: withDatabase(url, template), poolSize: 1 });
    await migrate(db);
    await db.close();
    project.provide('testDatabase', { kind: 'postgres', url, template });
    return async () => {
      await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }

  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  const snapshotFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-test-')), 'migrated.tar.gz');
  await dumpEmbedded(db, snapshotFile);
  await db.close();
  project.provide('testDatabase', { kind: 'embedded', snapshotFile });
  return () => fs.rmSync(path.dirname(snapshotFile), { recursive: true, force: true });
}

async function dumpEmbedded(db: Awaited<ReturnType<typeof openDatabase>>, file: string) {
  const blob = await db.embedded!.dumpDataDir('gzip');
  fs.writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'postgres'; url: string; template: string } | { kind: 'embedded'; snapshotFile: string };
  }
}
