/**
 * The same-run references of budgets.md:
 *  - the same SQL run alone: the statements one request sends (text and
 *    parameters, recorded by a second, in-process Magnet), replayed one after
 *    another through a plain pg.Client;
 *  - a bare http + pg server (bare-server.ts) answering the pipeline page.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { createApp, type App } from '../../server/src/app/create-app';
import { loadConfig } from '../../server/src/shared/config';
import { openDatabase, type Database } from '../../server/src/shared/database/database';
import { StatementCounter } from '../../server/test/support/statement-counter';
import { percentiles, postOnce } from './load';

export interface RecordedStatement {
  text: string;
  params: unknown[];
}

/** The test suite's statement logger, keeping parameters too while recording. */
class StatementRecorder extends StatementCounter {
  recording: RecordedStatement[] | null = null;
  override logQuery(query: string, parameters?: unknown[]): void {
    this.recording?.push({ text: query, params: parameters ? [...parameters] : [] });
  }
}

export interface StatementRecording {
  statements: RecordedStatement[];
  /** The parsed GraphQL response of the recorded request. */
  response: { data?: unknown; errors?: unknown[] };
}

/** A second Magnet, in this process, whose every statement can be recorded. */
export interface RecordingMagnet {
  record(body: Buffer, cookie: string): Promise<StatementRecording>;
  close(): Promise<void>;
}

export async function startRecordingMagnet(databaseUrl: string): Promise<RecordingMagnet> {
  const recorder = new StatementRecorder();
  let db: Database | undefined;
  let app: App | undefined;
  try {
    db = await openDatabase({ url: databaseUrl, logger: recorder });
    app = await createApp({ db, config: loadConfig({ NODE_ENV: 'production' }) });
    await new Promise<void>((resolve) => app!.httpServer.listen(0, '127.0.0.1', resolve));
  } catch (e) {
    await app?.stop();
    await db?.close();
    throw e;
  }
  const url = `http://127.0.0.1:${(app.httpServer.address() as { port: number }).port}/graphql`;
  const post = (body: Buffer, cookie: string) => postOnce({ url, body, cookie });
  return {
    async record(body, cookie) {
      await post(body, cookie); // first call: lazy metadata, and the session's once-a-minute touch
      recorder.recording = [];
      const response = await post(body, cookie);
      const statements = recorder.recording;
      recorder.recording = null;
      return { statements, response };
    },
    async close() {
      await app!.stop();
      await db!.close();
    },
  };
}

export interface ReplayResult {
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  /** Median time of each statement, in the order sent. */
  statementP50: number[];
}

/** Sends the recorded statements one after another on one connection, `iterations` times after a warm-up. */
export async function replayStatements(databaseUrl: string, statements: RecordedStatement[], limits: { iterations: number; maxSeconds: number }): Promise<ReplayResult> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'magnet-bench-replay', options: '-c jit=off' }); // as Magnet's own connections
  await client.connect();
  try {
    const once = async (perStatement?: number[][]) => {
      for (let i = 0; i < statements.length; i++) {
        const t0 = process.hrtime.bigint();
        await client.query(statements[i]!.text, statements[i]!.params);
        perStatement?.[i]!.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    };
    // Warm-up: 50 rounds, or a quarter of the time allowed for a slow request.
    const warmUntil = Date.now() + (limits.maxSeconds * 1000) / 4;
    for (let i = 0; i < Math.min(50, limits.iterations) && Date.now() < warmUntil; i++) await once();
    const totals: number[] = [];
    const perStatement = statements.map(() => [] as number[]);
    const deadline = Date.now() + limits.maxSeconds * 1000;
    while (totals.length < limits.iterations && Date.now() < deadline) {
      const t0 = process.hrtime.bigint();
      await once(perStatement);
      totals.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const sort = (values: number[]) => Float64Array.from(values).sort();
    return {
      iterations: totals.length,
      ...percentiles(sort(totals)),
      statementP50: perStatement.map((times) => percentiles(sort(times)).p50),
    };
  } finally {
    await client.end();
  }
}

export interface BareServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startBareServer(databaseUrl: string): Promise<BareServer> {
  const root = path.resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['-r', './server/register.cjs', 'test/bench/bare-server.ts'], {
    cwd: root,
    env: { ...process.env, BARE_DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The bare server exited with ${code} before listening.`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
