import os from 'node:os';
import type { LedgerFigures } from './ledger';
import { ms, type Recorder } from './recorder';

/** The machine and versions a figure was measured on (the machine is shared: the load average says how busy it was). */
export function environmentLine(database: string): string {
  const load = os.loadavg().map((n) => n.toFixed(1)).join(' ');
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${database} · ${os.cpus().length} cores · load average ${load}`;
}

export function requestTable(recorder: Recorder): string[] {
  const rows = recorder.byOperation().map(
    (r) => `  ${r.op.padEnd(16)} ${String(r.requests).padStart(7)} ${String(r.conflicts).padStart(9)} ${String(r.errors).padStart(6)}   ${ms(r.latency.p50).padStart(8)} ${ms(r.latency.p95).padStart(8)} ${ms(r.latency.p99).padStart(8)}`,
  );
  return [`  ${'operation'.padEnd(16)} ${'requests'.padStart(7)} ${'conflicts'.padStart(9)} ${'errors'.padStart(6)}   ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)}`, ...rows];
}

export function ledgerLines(f: LedgerFigures): string[] {
  return [
    `  companies  acknowledged ${f.companies.acknowledged}, stored ${f.companies.stored}`,
    `  meetings   acknowledged ${f.meetings.acknowledged}, stored ${f.meetings.stored}, minutes identical ${f.meetings.minutesIdentical}`,
    `  moves      acknowledged ${f.moves.acknowledged}, stage-change entries ${f.moves.logged}`,
  ];
}

/** Failures grouped by what the client saw, with one body each. */
export function failureLines(recorder: Recorder, filter?: Parameters<Recorder['failureKinds']>[0]): string[] {
  return recorder.failureKinds(filter).slice(0, 8).map(({ sample, times }) =>
    `  ${times}× ${sample.kind} HTTP ${sample.status ?? '-'} ${sample.code ?? ''}: ${(sample.message ?? '').slice(0, 120)}`,
  );
}
