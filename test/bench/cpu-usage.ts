/**
 * Where the CPU went during a measurement, from /proc (Linux): the server, the
 * PostgreSQL backends of the benchmark database, this process (the load
 * generator), and everything else on the machine. CPU time per request is
 * steadier than latency on a shared machine, and "others" says how shared it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

export interface CpuSample {
  /** Busy time of the whole machine, in clock ticks. */
  machineBusy: number;
  /** Clock ticks (user + system) of each process of interest. */
  byPid: Map<number, number>;
  groups: Record<string, number[]>;
}

export interface CpuSplit {
  /** Milliseconds of CPU per group, plus `others` (the rest of the machine). */
  ms: Record<string, number>;
}

const available = fs.existsSync('/proc/stat');
const TICK_MS = 10; // USER_HZ is 100 on Linux

function processTicks(pid: number): number | undefined {
  try {
    // Fields after the command name "(…)": state is field 3, utime 14, stime 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined; // ended
  }
}

/** CPU milliseconds a process has used so far (10 ms steps), 0 off Linux or once it has ended. */
export function processCpuMs(pid: number): number {
  return available ? (processTicks(pid) ?? 0) * TICK_MS : 0;
}

function machineBusyTicks(): number {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: busy is all but idle and iowait.
  return cpu.reduce((a, b) => a + b, 0) - cpu[3]! - (cpu[4] ?? 0);
}

/** The PostgreSQL backends serving the database `client` is connected to. */
export async function postgresBackends(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  return rows.map((r) => r.pid);
}

export function sampleCpu(groups: Record<string, number[]>): CpuSample | undefined {
  if (!available) return undefined;
  const byPid = new Map<number, number>();
  for (const pid of Object.values(groups).flat()) {
    const ticks = processTicks(pid);
    if (ticks !== undefined) byPid.set(pid, ticks);
  }
  return { machineBusy: machineBusyTicks(), byPid, groups };
}

/** CPU per group between two samples; processes new in `after` count from zero. */
export function cpuBetween(before: CpuSample | undefined, after: CpuSample | undefined): CpuSplit | undefined {
  if (!before || !after) return undefined;
  const ms: Record<string, number> = {};
  let ours = 0;
  for (const [group, pids] of Object.entries(after.groups)) {
    const ticks = [...new Set(pids)].reduce((sum, pid) => sum + Math.max(0, (after.byPid.get(pid) ?? 0) - (before.byPid.get(pid) ?? 0)), 0);
    ms[group] = ticks * TICK_MS;
    ours += ticks;
  }
  ms.others = Math.max(0, after.machineBusy - before.machineBusy - ours) * TICK_MS;
  return { ms };
}

export const cores = os.cpus().length;
