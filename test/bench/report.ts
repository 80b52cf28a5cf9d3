/**
 * What a run prints and keeps: the environment (data size, versions, machine),
 * a table per scenario, the budget ratios of budgets.md, and one dated row per
 * scenario appended to docs/benchmarks.md. Nothing here fails a run: budgets
 * are reported, not asserted.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { RecordedStatement, ReplayResult } from './baselines';
import { cores, type CpuSplit } from './cpu-usage';
import type { Size } from './generate-data';
import type { LoadResult } from './load';
import type { Scenario } from './scenarios';

const root = path.resolve(__dirname, '../..');
export const benchmarksDoc = path.join(root, 'docs/benchmarks.md');

export interface Environment {
  date: string;
  commit: string;
  node: string;
  postgres: string;
  packages: Record<string, string>;
  cores: number;
  cpu: string;
  memoryGb: number;
  loadAverage: string;
}

const keyPackages = ['@apollo/server', 'graphql', 'type-graphql', 'typeorm', 'pg', 'express', 'dataloader', '@escape.tech/graphql-armor'];

function installedVersion(name: string): string {
  for (const dir of [path.join(root, 'server/node_modules'), path.join(root, 'node_modules')]) {
    const file = path.join(dir, name, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'missing';
}

export async function collectEnvironment(client: pg.Client): Promise<Environment> {
  const { rows: [pgVersion] } = await client.query<{ server_version: string }>('SHOW server_version');
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // A row measured with uncommitted changes in server/ or client/ says so.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server', 'client'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dirty) commit += '+';
  } catch {
    // not a git checkout
  }
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit,
    node: process.version,
    postgres: pgVersion!.server_version,
    packages: Object.fromEntries(keyPackages.map((name) => [name, installedVersion(name)])),
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

export function printEnvironment(env: Environment, data: { size: Size; prospects: number; databaseUrl: string; quick: boolean }): void {
  console.log(`\nMagnet server benchmark — ${env.date} UTC, commit ${env.commit}${data.quick ? ' (quick run)' : ''}`);
  console.log(`  data      size ${data.size}: ${data.prospects} companies in ${redact(data.databaseUrl)}`);
  console.log(`  versions  node ${env.node}, PostgreSQL ${env.postgres}, ${Object.entries(env.packages).map(([n, v]) => `${n} ${v}`).join(', ')}`);
  console.log(`  machine   ${env.cores} × ${env.cpu}, ${env.memoryGb} GB, load average ${env.loadAverage} (server, PostgreSQL and load generator share it)`);
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** A load run and the CPU spent on it (absent off Linux). */
export type Measured = LoadResult & { cpu?: CpuSplit };

/** The measurements of one scenario. */
export interface ScenarioResult {
  scenario: Scenario;
  statements: number;
  sameSql: ReplayResult;
  one: Measured;
  ten: Measured;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 2 : 1) : '—');
const rps = (v: number) => v.toFixed(0);
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** CPU ms per request of the server and PostgreSQL, e.g. "2.10 / 0.45". */
const cpuPerRequest = (r: Measured) => (r.cpu ? `${(r.cpu.ms.server! / r.requests).toFixed(2)} / ${(r.cpu.ms.postgres! / r.requests).toFixed(2)}` : '—');
/** Share of the machine other processes used while measuring. */
const othersShare = (r: Measured) => (r.cpu ? `${((r.cpu.ms.others! / (r.seconds * 1000 * cores)) * 100).toFixed(0)} %` : '—');

export function printLoad(label: string, r: Measured, cpu = r.cpu): void {
  const split = cpu
    ? `   CPU/req ms: server ${(cpu.ms.server! / r.requests).toFixed(2)}, PG ${(cpu.ms.postgres! / r.requests).toFixed(2)}, load ${(cpu.ms.load! / r.requests).toFixed(2)}; others used ${othersShare({ ...r, cpu })} of the machine`
    : '';
  console.log(`  ${label.padEnd(24)}${pad(r.connections, 3)} conn ${pad(r.requests, 6)} req ${pad(rps(r.requestsPerSecond), 6)} req/s   p50 ${pad(ms(r.p50), 6)}  p95 ${pad(ms(r.p95), 6)}  p99 ${pad(ms(r.p99), 6)} ms   errors ${r.errors}${split}`);
  for (const sample of r.errorSamples) console.log(`    ERROR ${sample}`);
}

export function printReplay(r: ReplayResult, statements: RecordedStatement[]): void {
  console.log(`  ${'same SQL alone'.padEnd(24)}  1 conn ${pad(r.iterations, 6)} req ${pad(rps(1000 / r.p50), 6)} req/s   p50 ${pad(ms(r.p50), 6)}  p95 ${pad(ms(r.p95), 6)}  p99 ${pad(ms(r.p99), 6)} ms   (${statements.length} statements, one after another)`);
  statements.forEach((s, i) => console.log(`      ${r.statementP50[i]!.toFixed(3)} ms  ${s.text.replace(/\s+/g, ' ').slice(0, 110)}`));
}

export interface Budgets {
  size: Size;
  pipeline?: ScenarioResult;
  bareTen?: Measured;
  statistics?: ScenarioResult;
  missing: string[];
}

interface BudgetLine {
  what: string;
  value: string;
  budget: string;
  verdict: string;
}

export function budgetLines(b: Budgets): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const forM = b.size === 'M' ? '' : ' (budget is for M)';
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED') + forM;
  if (b.pipeline) {
    const p = b.pipeline;
    lines.push({ what: 'pipeline p95, 1 connection', value: `${ms(p.one.p95)} ms`, budget: '≤ 10 ms', verdict: verdict(p.one.p95 <= 10) });
    const ratio = p.one.p50 / p.sameSql.p50;
    lines.push({ what: 'pipeline p50 ÷ same-SQL p50', value: `${ratio.toFixed(2)} ×`, budget: '≤ 3 ×', verdict: verdict(ratio <= 3) });
    if (b.bareTen) {
      const share = p.ten.requestsPerSecond / b.bareTen.requestsPerSecond;
      lines.push({ what: 'pipeline req/s ÷ bare, 10 conn', value: `${(share * 100).toFixed(0)} %`, budget: '≥ 60 %', verdict: verdict(share >= 0.6) });
      // When both are CPU-bound on the same cores, req/s goes as 1 / (CPU per request): steadier on a shared machine.
      const cpu = (r: Measured) => (r.cpu ? (r.cpu.ms.server! + r.cpu.ms.postgres! + r.cpu.ms.load!) / r.requests : NaN);
      const byCpu = cpu(b.bareTen) / cpu(p.ten);
      if (Number.isFinite(byCpu)) {
        lines.push({ what: '  the same, from CPU per request', value: `${(byCpu * 100).toFixed(0)} %`, budget: '≥ 60 %', verdict: verdict(byCpu >= 0.6) });
      }
    }
  }
  if (b.statistics) {
    const limit = b.size === 'L' ? 20 : 50;
    const p95 = b.statistics.one.p95;
    lines.push({
      what: 'board statistics p95, 1 conn',
      value: `${ms(p95)} ms`,
      budget: `≤ ${limit} ms`,
      verdict: b.size === 'S' ? 'no budget at S' : p95 <= limit ? 'met' : 'MISSED',
    });
  } else {
    lines.push({ what: 'statistics p95, 1 connection', value: '—', budget: b.size === 'L' ? '≤ 20 ms' : '≤ 50 ms', verdict: 'not in the schema yet' });
  }
  return lines;
}

export function printBudgets(b: Budgets, results: ScenarioResult[]): void {
  console.log('\nBudgets (budgets.md), ratios taken in this run:');
  for (const l of budgetLines(b)) console.log(`  ${l.what.padEnd(32)}${l.value.padStart(10)}   ${l.budget.padEnd(9)} ${l.verdict}`);
  console.log('SQL statements per request:');
  for (const r of results) console.log(`  ${r.scenario.key.padEnd(12)}${pad(r.statements, 3)}`);
  for (const m of b.missing) console.log(m);
}

const docHeader = `# Benchmarks

Server benchmark of budgets.md, one row per scenario and run, appended by

\`\`\`sh
npm run bench                      # size M in magnet_bench_m (created and generated when missing)
npm run bench -- --size S --quick  # a short run on the small data
\`\`\`

\`BENCH_DATABASE_URL\` chooses the database; see \`test/bench/README.md\`. Each
scenario is one GraphQL POST with a session cookie to the real server
(\`NODE_ENV=production\`, a child process), on the same machine as PostgreSQL and
the load generator — compare rows of the same machine only, and ratios rather
than absolute times.

Columns: **Size** data size (S ≈ 300, M = 100 000, L = 1 000 000 companies);
**Run** full (≤ 2 000 requests or 20 s per measurement) or quick;
**SQL/req** statements one request sends; **1 conn** and **10 conn** latency
p50 / p95 / p99 in ms and requests per second with that many keep-alive
connections; **Errors** failed requests in the run (must be 0); **Same SQL p50**
the p50 of the request's recorded statements replayed one after another on one
plain \`pg\` connection, and **× SQL** the 1-connection p50 divided by it (budget
≤ 3 for the pipeline); **Bare 10 conn** the requests/s of a bare \`http\` + \`pg\`
server giving the same JSON (pipeline only) and Magnet's share of it (budget
≥ 60 %); **CPU/req** CPU ms per request of the server and of PostgreSQL at
10 connections (from /proc: steadier than latency on a shared machine);
**Others** the share of the machine other processes used meanwhile (high
means a noisy row).

| Date (UTC) | Commit | Size | Run | Scenario | SQL/req | 1 conn p50 / p95 / p99 | 1 conn req/s | 10 conn p50 / p95 / p99 | 10 conn req/s | Errors | Same SQL p50 | × SQL | Bare 10 conn | CPU/req server / PG | Others | Machine |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
`;

export function appendToBenchmarksDoc(env: Environment, size: Size, quick: boolean, results: ScenarioResult[], bareTen: Measured | undefined): void {
  if (!fs.existsSync(benchmarksDoc)) fs.writeFileSync(benchmarksDoc, docHeader);
  const machine = `${env.cores} × ${env.cpu}; node ${env.node}; PG ${env.postgres.split(' ')[0]}`;
  const triple = (r: LoadResult) => `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)}`;
  const rows = results.map((r) => {
    const bare = r.scenario.key === 'pipeline' && bareTen ? `${rps(bareTen.requestsPerSecond)} (${((r.ten.requestsPerSecond / bareTen.requestsPerSecond) * 100).toFixed(0)} %)` : '—';
    const cells = [
      env.date, env.commit, size, quick ? 'quick' : 'full', r.scenario.key, r.statements,
      triple(r.one), rps(r.one.requestsPerSecond), triple(r.ten), rps(r.ten.requestsPerSecond),
      r.one.errors + r.ten.errors, ms(r.sameSql.p50), (r.one.p50 / r.sameSql.p50).toFixed(2), bare, cpuPerRequest(r.ten), othersShare(r.ten), machine,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const existing = fs.readFileSync(benchmarksDoc, 'utf8');
  fs.appendFileSync(benchmarksDoc, (existing.endsWith('\n') ? '' : '\n') + rows.join('\n') + '\n');
  console.log(`\nAppended ${rows.length} row(s) to ${path.relative(process.cwd(), benchmarksDoc)}.`);
}
