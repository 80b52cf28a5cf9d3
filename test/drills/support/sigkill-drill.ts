import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { closeClients, DrillClient } from './client';
import { openEmbedded } from './embedded';
import { checkIntegrity } from './integrity';
import { checkLedger, Ledger, type LedgerFigures } from './ledger';
import { seedDemo, startMagnet, type Engine, type ServerProcess } from './magnet';
import { connect, createDrillDatabase, scalar, type Sql } from './postgres';
import { Recorder } from './recorder';
import { ledgerLines } from './report';
import { actAsPerson, loadWorld, retryUnanswered, writeWeights, type PendingWrite } from './workload';

export interface SigkillResult {
  problems: string[];
  /** Writes that had no answer when the server died, and how many of them the retry found already done. */
  inFlight: number;
  ledger?: LedgerFigures;
}

/** Demo accounts that write (the demo seed gives them MAGNET_DEMO_PASSWORD). */
const writers = ['prosjektleder@magnet.example', 'medlem@magnet.example', 'admin@magnet.example'];

/**
 * Kills the server with SIGKILL in the middle of a burst of writes (new
 * companies, meetings with minutes, stage moves), starts it again on the same
 * database and checks that nothing is half-written: every company has its
 * first stage-change entry and its audit entry, every meeting with minutes its
 * links, every idempotency key its row. Then every write that got no answer
 * is retried with its idempotency key: afterwards the database holds exactly
 * the acknowledged writes, none twice.
 */
export async function runSigkillDrill({
  engine: kind = 'postgres',
  clients = 8,
  killAfterMs = 1500,
  log = console.log,
}: { engine?: Engine['kind']; clients?: number; killAfterMs?: number; log?: (line: string) => void } = {}): Promise<SigkillResult> {
  const password = `demo-${randomBytes(6).toString('hex')}`;
  const database = kind === 'postgres' ? await createDrillDatabase('kill') : undefined;
  const dataDir = kind === 'embedded' ? fs.mkdtempSync(path.join(os.tmpdir(), 'magnet-drill-kill-')) : undefined;
  const engine: Engine = database ? { kind: 'postgres', url: database.url } : { kind: 'embedded', dataDir: dataDir! };
  const open = (): Promise<Sql> => (database ? connect(database.url) : openEmbedded(dataDir!));
  let server: ServerProcess | undefined;
  const problems: string[] = [];
  try {
    log(`SIGKILL drill on ${kind}: ${clients} writers, kill after ${killAfterMs} ms`);
    if (database) await seedDemo(engine, password); // the embedded server seeds its empty folder itself
    server = await startMagnet(engine, { MAGNET_DEMO_PASSWORD: password });

    const people = Array.from({ length: clients }, () => new DrillClient(server!.url, 10_000));
    await Promise.all(people.map((p, i) => p.login(writers[i % writers.length]!, password)));
    const world = await loadWorld(people[0]!);
    const ids = await people[0]!.request('ids', '{ users { id email } }');
    const userIds = ids.data.users.filter((u: { email: string }) => writers.includes(u.email)).map((u: { id: string }) => u.id);

    // The demo was seeded before the server answered; every write of the burst starts after this
    // (an embedded folder cannot be asked for its clock while the server holds it: same machine, same clock).
    const since = new Date();
    const recorder = new Recorder();
    const ledger = new Ledger();
    const unanswered: PendingWrite[][] = people.map(() => []);
    let killed = false;
    const killer = setTimeout(() => {
      killed = true;
      server!.child.kill('SIGKILL');
    }, killAfterMs);
    await Promise.all(
      people.map((client, index) =>
        actAsPerson({ client, index, world, weights: writeWeights, recorder, ledger, stop: () => killed, unanswered: unanswered[index] }),
      ),
    );
    clearTimeout(killer);
    await server.stop();
    const inFlight = unanswered.reduce((n, u) => n + u.length, 0);
    log(`  killed with ${ledger.writes} writes acknowledged and ${inFlight} creates without an answer (+${ledger.inDoubt.moves} moves)`);

    // Restart on the same database: it must come up by itself.
    const restartedAt = Date.now();
    try {
      server = await startMagnet(engine);
    } catch (error) {
      server = undefined;
      problems.push(`the server did not start again after SIGKILL: ${String(error instanceof Error ? error.message : error).slice(0, 500)}`);
      return { problems, inFlight };
    }
    log(`  restarted in ${((Date.now() - restartedAt) / 1000).toFixed(1)} s`);

    // Half-written rows would show before any retry.
    if (kind === 'embedded') await server.stop(); // one process at a time in an embedded folder
    let sql = await open();
    const halfWritten = await checkIntegrity(sql, since);
    log(`  integrity right after the restart, before any retry: ${halfWritten.length ? `${halfWritten.length} PROBLEMS` : 'nothing half-written'}`);
    problems.push(...halfWritten.map((p) => `after SIGKILL, before retries: ${p}`));
    if (kind === 'embedded') {
      await sql.close();
      server = await startMagnet(engine);
    }

    // The writes that got no answer, once more with their idempotency keys (sessions live in the database: same cookies).
    let failedAgain = 0;
    for (const [i, client] of people.entries()) {
      client.base = server.url;
      failedAgain += await retryUnanswered(client, unanswered[i]!, recorder, ledger);
    }
    if (failedAgain) problems.push(`${failedAgain} retried writes failed again after the restart`);
    await server.stop();
    server = undefined;

    if (kind === 'embedded') sql = await open();
    const versionsBefore = new Map<string, number>(); // only moved companies matter, and moves are not retried: not exact for them
    const checked = await checkLedger(sql, ledger, { userIds, since, versionsBefore, exact: false });
    problems.push(...checked.problems, ...(await checkIntegrity(sql, since)));
    const duplicates = await scalar(sql, `SELECT count(*)::int FROM (SELECT name FROM prospects WHERE created_at >= $1 GROUP BY name HAVING count(*) > 1) d`, [since]);
    if (duplicates) problems.push(`${duplicates} company names stored twice: a retry repeated a write`);
    if (ledger.inDoubt.companies || ledger.inDoubt.meetings) problems.push(`writes still in doubt after retries: ${JSON.stringify(ledger.inDoubt)}`);
    await sql.close();
    log('  after restart and retries, acknowledged vs stored:');
    for (const line of ledgerLines(checked.figures)) log(line);
    return { problems, inFlight, ledger: checked.figures };
  } finally {
    await server?.stop();
    closeClients();
    await database?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
