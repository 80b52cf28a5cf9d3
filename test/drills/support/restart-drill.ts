import { closeClients, DrillClient, type Outcome } from './client';
import { checkIntegrity, databaseNow } from './integrity';
import { checkLedger, Ledger, type LedgerFigures } from './ledger';
import { createDrillUsers, seedDemo, startMagnet, type ServerProcess } from './magnet';
import { connect, createDrillDatabase, serverVersion, startPostgres, stopPostgres, waitForPostgres, type Sql } from './postgres';
import { ms, Recorder } from './recorder';
import { environmentLine, failureLines, ledgerLines, requestTable } from './report';
import { actAsPerson, loadWorld, mixedWeights } from './workload';

export interface RestartDrillResult {
  problems: string[];
  /** Milliseconds PostgreSQL was down (stop returned → start and first accepted query). */
  downMs: number;
  /** From PostgreSQL accepting queries again to the first successful request; null when none came. */
  recoveryMs: number | null;
  failedWhileDown: number;
  ledger: LedgerFigures;
}

/** What a client may see while the database is away: a masked error, never SQL, driver messages or a stack. */
const INTERNALS = /SELECT|INSERT|UPDATE|DELETE|syntax error|QueryFailedError|ECONNREFUSED|ECONNRESET|terminating connection|\bat .*\.(ts|js):\d+|stack|pg_|postgres/i;
const RECOVERY_BUDGET_MS = 5_000;

/**
 * Restarts the local PostgreSQL under load (it is shared: keep `downSeconds`
 * short). While it is down, requests must fail with a clear, masked error
 * with a code; once it is back the server must answer again by itself within
 * 5 s, without being restarted; and no acknowledged write may be lost.
 * PostgreSQL is always started again, whatever happens.
 */
export async function runRestartDrill({
  clients = 10,
  beforeSeconds = 4,
  downSeconds = 3,
  afterSeconds = 10,
  log = console.log,
}: { clients?: number; beforeSeconds?: number; downSeconds?: number; afterSeconds?: number; log?: (line: string) => void } = {}): Promise<RestartDrillResult> {
  const database = await createDrillDatabase('restart');
  const engine = { kind: 'postgres' as const, url: database.url };
  let server: ServerProcess | undefined;
  let postgresStopped = false;
  let sql: Sql | undefined = await connect(database.url);
  try {
    log(`PostgreSQL restart drill: ${clients} clients; ${beforeSeconds} s, then PostgreSQL down for ${downSeconds} s, then ${afterSeconds} s`);
    await seedDemo(engine, `demo-${Date.now()}`);
    const users = await createDrillUsers(sql, clients + 1);
    const versionsBefore = new Map((await sql<{ id: string; version: number }>('SELECT id, version FROM prospects')).map((r) => [r.id, r.version]));
    const since = await databaseNow(sql);
    const version = await serverVersion(database.url);
    await sql.close();
    sql = undefined; // its connection would not survive the restart

    server = await startMagnet(engine);
    const people = users.map(() => new DrillClient(server!.url, 20_000));
    await Promise.all(people.map((p, i) => p.login(users[i]!.email, users[i]!.password)));
    const world = await loadWorld(people[0]!);
    const prober = people.pop()!; // asks every 100 ms, to time the recovery closely

    const recorder = new Recorder();
    const ledger = new Ledger();
    let stop = false;
    const health: { at: number; status: number }[] = [];
    const probing = (async () => {
      while (!stop) {
        recorder.add(await prober.request('probe', '{ me { id } }'));
        const res = await fetch(`${server!.url}/healthz`).catch(() => undefined);
        health.push({ at: Date.now(), status: res?.status ?? 0 });
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const working = Promise.all(people.map((client, index) => actAsPerson({ client, index, world, weights: mixedWeights, recorder, ledger, stop: () => stop })));

    await sleep(beforeSeconds * 1000);
    const stoppingAt = Date.now();
    postgresStopped = true;
    await stopPostgres();
    const downAt = Date.now();
    log(`  PostgreSQL stopped (${downAt - stoppingAt} ms)`);
    await sleep(downSeconds * 1000);
    await startPostgres();
    const upAt = await waitForPostgres();
    postgresStopped = false;
    log(`  PostgreSQL started again after ${((upAt - downAt) / 1000).toFixed(1)} s down`);
    await sleep(afterSeconds * 1000);
    stop = true;
    await Promise.all([working, probing]);
    const serverLog = server.output();
    await server.stop();
    server = undefined;

    const problems: string[] = [];
    // While down (from the stop to a grace period after the start): failures must be masked, with a code.
    const whileDown = (o: Outcome) => o.at >= stoppingAt && o.at <= upAt + RECOVERY_BUDGET_MS;
    const failedWhileDown = recorder.outcomes.filter((o) => whileDown(o) && (o.kind === 'error' || o.kind === 'network'));
    const unclear: [string, Outcome[]][] = [
      ['got no HTTP answer (the server must answer with an error)', failedWhileDown.filter((o) => o.kind === 'network')],
      ['came without a code', failedWhileDown.filter((o) => o.kind === 'error' && !o.code)],
      // A clear error says "the database is away, try again", not "a bug" (INTERNAL_SERVER_ERROR).
      ['answered like a bug instead of SERVICE_UNAVAILABLE', failedWhileDown.filter((o) => o.kind === 'error' && o.code === 'INTERNAL_SERVER_ERROR')],
      ['show internals', failedWhileDown.filter((o) => o.kind === 'error' && (INTERNALS.test(o.message ?? '') || INTERNALS.test(o.body ?? '')))],
    ];
    for (const [what, found] of unclear) {
      if (found.length) problems.push(`${found.length} requests while PostgreSQL was down ${what}, e.g. ${found[0]!.code ?? ''} ${(found[0]!.body ?? found[0]!.message ?? '').trim().slice(0, 300)}`);
    }
    // Back: the first success after PostgreSQL accepts queries again, and no failure after the budget.
    const firstOk = recorder.outcomes.filter((o) => o.kind === 'ok' && o.at >= upAt).sort((a, b) => a.at - b.at)[0];
    const recoveryMs = firstOk ? Math.max(0, firstOk.at - upAt) : null;
    if (recoveryMs === null || recoveryMs > RECOVERY_BUDGET_MS) problems.push(`the service did not recover within 5 s after PostgreSQL was back (first success after ${recoveryMs ?? '∞'} ms)`);
    const lateFailures = recorder.outcomes.filter((o) => o.at > upAt + RECOVERY_BUDGET_MS && (o.kind === 'error' || o.kind === 'network'));
    if (lateFailures.length) problems.push(`${lateFailures.length} requests failed more than 5 s after PostgreSQL was back`);
    const healthyAgain = health.find((h) => h.at >= upAt && h.status === 200);
    const unhealthyWhileDown = health.some((h) => h.at > downAt && h.at < upAt && h.status === 503);
    if (!unhealthyWhileDown) problems.push('/healthz never said 503 while PostgreSQL was down');
    const beforeStop = recorder.outcomes.filter((o) => o.at < stoppingAt && (o.kind === 'error' || o.kind === 'network')).length;
    if (beforeStop) problems.push(`${beforeStop} requests failed before PostgreSQL was stopped`);

    sql = await connect(database.url);
    const checked = await checkLedger(sql, ledger, { userIds: users.map((u) => u.id), since, versionsBefore, exact: false });
    problems.push(...checked.problems, ...(await checkIntegrity(sql, since)));

    log(`\n${environmentLine(version)}`);
    log(`requests ${recorder.outcomes.length}, conflicts ${recorder.count('conflict')}, failed while down ${failedWhileDown.length}, failed otherwise ${recorder.count('error') + recorder.count('network') - failedWhileDown.length}`);
    log(`PostgreSQL down ${((upAt - downAt) / 1000).toFixed(1)} s; first successful request ${recoveryMs === null ? 'never' : ms(recoveryMs)} after it was back; /healthz 200 again after ${healthyAgain ? ms(healthyAgain.at - upAt) : 'never'}`);
    log('what clients saw while it was down:');
    for (const line of failureLines(recorder, whileDown)) log(line);
    if (failedWhileDown.some((o) => o.code === 'INTERNAL_SERVER_ERROR')) {
      log('server log of the unexpected errors (first 3):');
      for (const entry of serverLog.split(/(?=Unexpected error)/).filter((e) => e.startsWith('Unexpected error')).slice(0, 3)) log(`  ${entry.split('\n').slice(0, 4).join('\n  ')}`);
    }
    for (const line of requestTable(recorder)) log(line);
    log(`acknowledged vs stored (writes in doubt: ${JSON.stringify(ledger.inDoubt)}):`);
    for (const line of ledgerLines(checked.figures)) log(line);
    return { problems, downMs: upAt - downAt, recoveryMs, failedWhileDown: failedWhileDown.length, ledger: checked.figures };
  } finally {
    if (postgresStopped) await startPostgres().then(() => waitForPostgres(), (e) => console.error('COULD NOT START POSTGRESQL AGAIN:', e));
    await server?.stop();
    closeClients();
    await sql?.close().catch(() => undefined);
    await database.drop();
  }
}

const sleep = (msToWait: number) => new Promise((r) => setTimeout(r, msToWait));
