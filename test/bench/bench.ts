/**
 * `npm run bench`: the server benchmark of budgets.md, from one command.
 *
 *   npm run bench [-- --size S|M|L] [--quick] [--profile]
 *
 * Prepares the database (bench-database.ts), starts the real server as a child
 * (NODE_ENV=production), logs in over HTTP, and measures each scenario
 * (scenarios.ts) at 1 and 10 connections (load.ts) next to its same-run
 * baselines (baselines.ts); prints and appends the report (report.ts).
 * Exits 1 only when something errored — budgets are reported, never asserted.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import pg from 'pg';
import { buildSchema } from '../../server/src/app/build-schema';
import { httpClient } from '../../server/test/support/http-client';
import { startServerProcess } from '../../server/test/support/server-process';
import { replayStatements, startBareServer, startRecordingMagnet, type StatementRecording } from './baselines';
import { createBenchUser, ensureBenchDatabase } from './bench-database';
import { sizes, type Size } from './generate-data';
import { profileServer, profilerEnv } from './cpu-profile';
import { cpuBetween, postgresBackends, sampleCpu } from './cpu-usage';
import { measurePhases, printPhases } from './phases';
import { postOnce, runLoad, type LoadLimits, type Target } from './load';
import { bodyOf, buildScenarios, pickScenarioData, type Scenario } from './scenarios';
import {
  appendToBenchmarksDoc, collectEnvironment, printBudgets, printEnvironment, printLoad, printReplay, type Measured, type ScenarioResult,
} from './report';

const { values: options } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
const size = options.size!.toUpperCase() as Size;
if (options.help || !(size in sizes)) {
  console.log('Usage: npm run bench [-- --size S|M|L] [--quick] [--profile]   (database: BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/magnet_bench_<size>)');
  process.exit(options.help ? 0 : 1);
}
const quick = options.quick!;
const databaseUrl = process.env.BENCH_DATABASE_URL || `postgres://postgres@127.0.0.1:5432/magnet_bench_${size.toLowerCase()}`;

// Bounded in count and time: the machine is shared by server, PostgreSQL and this process.
const limits = quick
  ? { warmUp: { connections: 10, maxRequests: 100, maxSeconds: 3 }, measure: { maxRequests: 300, maxSeconds: 5 } }
  : { warmUp: { connections: 10, maxRequests: 500, maxSeconds: 5 }, measure: { maxRequests: 2000, maxSeconds: 20 } };

// Everything started is stopped here, in reverse order, also on Ctrl-C and errors.
const closers: (() => Promise<unknown>)[] = [];
/** Registers a closer; the function returned runs it now (once) instead of at the end. */
function onCleanup(close: () => Promise<unknown>): () => Promise<unknown> {
  closers.push(close);
  return () => {
    const i = closers.indexOf(close);
    return i < 0 ? Promise.resolve() : closers.splice(i, 1)[0]!();
  };
}
async function cleanup(): Promise<void> {
  while (closers.length) await closers.pop()!().catch((e: unknown) => console.error('cleanup:', e));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers and closing connections…`);
    void cleanup().finally(() => process.exit(130));
  });
}

let errors = 0;
let client: pg.Client;
/** What the server printed, shown when a request failed. */
let serverOutput: (() => string) | undefined;

/** One measurement, with the CPU each party spent on it (server = the process answering). */
async function measure(label: string, target: Target, connections: number, serverPid: number): Promise<Measured> {
  const groups = async () => ({ server: [serverPid], postgres: await postgresBackends(client), load: [process.pid] });
  const before = sampleCpu(await groups());
  const result = await runLoad(target, { connections, ...limits.measure } satisfies LoadLimits);
  const afterGroups = await groups();
  afterGroups.postgres = [...new Set([...before?.groups.postgres ?? [], ...afterGroups.postgres])];
  const cpu = cpuBetween(before, sampleCpu(afterGroups));
  errors += result.errors;
  printLoad(label, result, cpu);
  return { ...result, cpu };
}
async function warmUp(target: Target): Promise<void> {
  // One request first: when it takes seconds, warming up matters little and ten at once would load the machine long.
  for (const warm of [{ connections: 1, maxRequests: 1, maxSeconds: 60 }, limits.warmUp]) {
    const result = await runLoad(target, warm);
    errors += result.errors;
    if (result.errors) printLoad('warm-up', result);
    if (result.p50 > 1000) return;
  }
}

function checkRecording(scenario: Scenario, recording: StatementRecording): void {
  if (recording.response.errors?.length || !recording.response.data) {
    throw new Error(`${scenario.key}: the server answered with errors: ${JSON.stringify(recording.response).slice(0, 500)}`);
  }
}

async function main(): Promise<void> {
  const log = (s: string) => console.log(s);
  const { prospects } = await ensureBenchDatabase(databaseUrl, size, log);
  client = new pg.Client({ connectionString: databaseUrl, application_name: 'magnet-bench' });
  await client.connect();
  onCleanup(() => client.end());
  const env = await collectEnvironment(client);
  const user = await createBenchUser(client);
  const data = await pickScenarioData(client);
  printEnvironment(env, { size, prospects, databaseUrl, quick });

  const profileDir = options.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-bench-')) : undefined;
  if (profileDir) onCleanup(async () => fs.rmSync(profileDir, { recursive: true, force: true }));
  const profileFile = profileDir && path.join(profileDir, 'server.cpuprofile');
  const server = await startServerProcess({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    ...(profileFile ? profilerEnv(profileFile) : {}),
  });
  onCleanup(() => server.stop());
  serverOutput = server.output;
  const browser = httpClient(server.url);
  await browser.login(user.email, user.password);
  if (!browser.cookie) throw new Error(`Login as ${user.email} failed: no session cookie.`);
  const cookie = browser.cookie;

  const { scenarios, missing } = buildScenarios(data, await buildSchema());

  // Record what each request sends to PostgreSQL, with a second Magnet in this process.
  const recordingMagnet = await startRecordingMagnet(databaseUrl);
  const stopRecordingMagnet = onCleanup(() => recordingMagnet.close());
  const recordings = new Map<Scenario, StatementRecording>();
  for (const scenario of scenarios) {
    const recording = await recordingMagnet.record(bodyOf(scenario), cookie);
    checkRecording(scenario, recording);
    recordings.set(scenario, recording);
  }
  // No N+1: a page of 5 cards must send as many statements as a page of 50.
  const pipeline = scenarios.find((s) => s.key === 'pipeline')!;
  const small = await recordingMagnet.record(bodyOf({ ...pipeline, variables: { ...pipeline.variables, first: 5 } }), cookie);
  await stopRecordingMagnet(); // not running during the measurements

  const results: ScenarioResult[] = [];
  let bareTen: Measured | undefined;
  for (const scenario of scenarios) {
    const { statements } = recordings.get(scenario)!;
    console.log(`\n${scenario.title} — ${statements.length} SQL statements per request`);
    const target: Target = { url: `${server.url}/graphql`, body: bodyOf(scenario), cookie };
    await warmUp(target);
    const one = await measure('Magnet', target, 1, server.child.pid!);
    const ten = await measure('Magnet', target, 10, server.child.pid!);
    const sameSql = await replayStatements(databaseUrl, statements, { iterations: limits.measure.maxRequests, maxSeconds: limits.measure.maxSeconds });
    printReplay(sameSql, statements);
    results.push({ scenario, statements: statements.length, sameSql, one, ten });

    if (scenario.key === 'pipeline') {
      console.log(`  statements with first: 5 → ${small.statements.length}, first: 50 → ${statements.length}`);
      bareTen = await measureBareServer(target, recordings.get(scenario)!);
    }
  }

  if (profileFile) {
    const targets = scenarios.map((scenario) => ({ key: scenario.key, target: { url: `${server.url}/graphql`, body: bodyOf(scenario), cookie } }));
    errors += await profileServer(server.child.pid!, profileFile, targets, { connections: 1, ...limits.measure });
    console.log(`\nWhere one request's time goes (phases.ts: variants interleaved in this process; compare rows):`);
    const phases = await measurePhases(databaseUrl, { url: `${server.url}/graphql`, pid: server.child.pid! }, scenarios, cookie, { iterations: limits.measure.maxRequests, maxSeconds: limits.measure.maxSeconds });
    for (const scenario of scenarios) printPhases(scenario, phases.get(scenario)!);
  }

  printBudgets({ size, pipeline: results.find((r) => r.scenario.key === 'pipeline'), bareTen, statistics: results.find((r) => r.scenario.key === 'board'), missing }, results);
  appendToBenchmarksDoc(env, size, quick, results, bareTen);
}

/** The bare http + pg server on the same request: same JSON first, then the same measurements. */
async function measureBareServer(magnetTarget: Target, magnetRecording: StatementRecording): Promise<Measured> {
  const bare = await startBareServer(databaseUrl);
  const stopBare = onCleanup(() => bare.stop());
  const target: Target = { ...magnetTarget, url: bare.url };
  const answer = await postOnce(target);
  if (!isDeepStrictEqual(answer, magnetRecording.response)) {
    errors++;
    console.log(`  ERROR the bare server's JSON differs from Magnet's:\n    bare:   ${JSON.stringify(answer).slice(0, 400)}\n    Magnet: ${JSON.stringify(magnetRecording.response).slice(0, 400)}`);
  }
  await warmUp(target);
  await measure('bare http + pg', target, 1, bare.pid);
  const ten = await measure('bare http + pg', target, 10, bare.pid);
  await stopBare();
  return ten;
}

main()
  .catch((e: unknown) => {
    errors++;
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  })
  .finally(async () => {
    await cleanup();
    if (errors && serverOutput?.().trim()) console.error(`\nThe server printed:\n${serverOutput().trim().split('\n').slice(-40).join('\n')}`);
    if (errors) console.error(`\n${errors} error(s): see above.`);
    process.exit(errors ? 1 : 0);
  });
