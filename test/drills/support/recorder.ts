import type { Outcome } from './client';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles of a list of milliseconds. */
export function percentiles(values: number[]): LatencySummary {
  if (!values.length) return { p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1]! };
}

/** Counts every request by operation and outcome, keeps latencies and a few samples of each kind of failure. */
export class Recorder {
  readonly outcomes: Outcome[] = [];

  /** Keeps the outcome (without its data; bodies only of failures) and hands it back whole. */
  add(outcome: Outcome): Outcome {
    const { data: _data, body, ...kept } = outcome;
    this.outcomes.push(outcome.kind === 'ok' ? kept : { ...kept, body });
    return outcome;
  }

  count(kind?: Outcome['kind'], from = 0, to = Infinity): number {
    return this.outcomes.filter((o) => (!kind || o.kind === kind) && o.at >= from && o.at < to).length;
  }

  latency(filter: (o: Outcome) => boolean = () => true): LatencySummary {
    return percentiles(this.outcomes.filter((o) => o.kind !== 'network' && filter(o)).map((o) => o.ms));
  }

  /** Requests per operation: total, conflicts, errors and latency. */
  byOperation(): { op: string; requests: number; conflicts: number; errors: number; latency: LatencySummary }[] {
    const ops = [...new Set(this.outcomes.map((o) => o.op))].sort();
    return ops.map((op) => {
      const mine = this.outcomes.filter((o) => o.op === op);
      return {
        op,
        requests: mine.length,
        conflicts: mine.filter((o) => o.kind === 'conflict').length,
        errors: mine.filter((o) => o.kind === 'error' || o.kind === 'network').length,
        latency: percentiles(mine.filter((o) => o.kind !== 'network').map((o) => o.ms)),
      };
    });
  }

  /** Distinct failures (kind, status, code, message) with how often each happened. */
  failureKinds(filter: (o: Outcome) => boolean = () => true): { sample: Outcome; times: number }[] {
    const groups = new Map<string, { sample: Outcome; times: number }>();
    for (const o of this.outcomes.filter((x) => (x.kind === 'error' || x.kind === 'network') && filter(x))) {
      const key = `${o.kind}|${o.status}|${o.code}|${o.message}`;
      const group = groups.get(key) ?? { sample: o, times: 0 };
      group.times++;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => b.times - a.times);
  }
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
