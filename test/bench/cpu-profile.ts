/**
 * `--profile`: where the server's own CPU goes per request. The server runs with
 * cpu-profiler.cjs preloaded; SIGUSR2 starts and stops V8's sampling profiler
 * around the measured requests, and the samples' self time is summed per
 * package (graphql, typeorm, pg, express, …), per Magnet folder and per V8
 * activity (garbage collection, native code).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runLoad, type LoadLimits, type Target } from './load';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Environment for startServerProcess that preloads the profiler. */
export function profilerEnv(file: string): Record<string, string> {
  const preload = `--require ${path.join(__dirname, 'cpu-profiler.cjs')}`;
  return { NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '), BENCH_CPU_PROFILE: file };
}

async function waitForFile(file: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`No ${file} from the profiled server.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function startProfiling(pid: number, file: string): Promise<void> {
  process.kill(pid, 'SIGUSR2');
  await waitForFile(`${file}.started`);
}

async function stopProfiling(pid: number, file: string): Promise<Profile> {
  process.kill(pid, 'SIGUSR2');
  await waitForFile(file);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  fs.rmSync(file);
  fs.rmSync(`${file}.started`); // ready for the next start
  return profile;
}

/** The bucket of a stack frame's self time. */
function bucketOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : `native ${functionName || '(anonymous)'}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1]!;
  const magnet = /\/server\/src\/((?:modules|shared|app)\/[^/]+|[^/]+)/.exec(url);
  if (magnet) return `magnet ${magnet[1]!.replace(/\.ts$/, '')}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).replace(/^internal\//, '').split('/')[0]}`;
  return url;
}

interface ProfileSummary {
  /** Sampled time the server was not idle, in ms. */
  busyMs: number;
  buckets: { bucket: string; ms: number }[];
}

function summarizeProfile(profile: Profile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const bucket = bucketOf(byId.get(id)!.callFrame);
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  totals.delete('(idle)');
  const buckets = [...totals].map(([bucket, ms]) => ({ bucket, ms })).sort((a, b) => b.ms - a.ms);
  return { busyMs: buckets.reduce((s, b) => s + b.ms, 0), buckets };
}

function printProfile(summary: ProfileSummary, requests: number, top = 16): void {
  const per = (ms: number) => (ms / requests).toFixed(3).padStart(7);
  // Samples are wall time while not idle: on a busy machine, waits for a core land in syscalls (writev) and GC.
  console.log(`  server busy ${per(summary.busyMs)} ms/request (sampled self time while not idle, incl. waiting for a core on a busy machine):`);
  for (const b of summary.buckets.slice(0, top)) {
    console.log(`    ${per(b.ms)} ms  ${((b.ms / summary.busyMs) * 100).toFixed(1).padStart(5)} %  ${b.bucket}`);
  }
  const rest = summary.buckets.slice(top).reduce((s, b) => s + b.ms, 0);
  if (rest) console.log(`    ${per(rest)} ms  ${((rest / summary.busyMs) * 100).toFixed(1).padStart(5)} %  (${summary.buckets.length - top} more)`);
}

/** Profiles the server while each target runs alone; returns the number of failed requests. */
export async function profileServer(pid: number, file: string, targets: { key: string; target: Target }[], limits: LoadLimits): Promise<number> {
  console.log(`\nCPU profile of the server, ${limits.connections} connection(s), ${limits.maxRequests} requests or ${limits.maxSeconds} s per scenario:`);
  let errors = 0;
  for (const { key, target } of targets) {
    await startProfiling(pid, file);
    const run = await runLoad(target, limits);
    const profile = await stopProfiling(pid, file);
    errors += run.errors;
    console.log(`${key}: ${run.requests} requests, p50 ${run.p50.toFixed(2)} ms while profiled`);
    printProfile(summarizeProfile(profile), run.requests);
  }
  return errors;
}
