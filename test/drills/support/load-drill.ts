import { randomBytes } from 'node:crypto';
import { closeClients, DrillClient } from './client';
import { checkIntegrity, databaseNow } from './integrity';
import { checkLedger, Ledger, type LedgerFigures } from './ledger';
import { createDrillUsers, seedDemo, startMagnet, type ServerProcess } from './magnet';
import { connect, createDrillDatabase, serverVersion } from './postgres';
import { Recorder, ms, type LatencySummary } from './recorder';
import { environmentLine, failureLines, ledgerLines, requestTable } from './report';
import { actAsPerson, loadWorld, mixedWeights } from './workload';

export interface LoadDrillOptions {
  clients: number;
  seconds: number;
  log?: (line: string) => void;
}

export interface LoadDrillResult {
  problems: string[];
  requests: number;
  requestsPerSecond: number;
  errors: number;
  conflicts: number;
  latency: LatencySummary;
  ledger: LedgerFigures;
}

/**
 * The load drill: `clients` logged-in team members read and write at once for
 * `seconds` against a real server on a fresh PostgreSQL database (demo data
 * plus what they write). Afterwards the database must hold exactly the
 * acknowledged writes, whole. Errors must be 0; CONFLICTs from honest races
 * (two people moving one card) are counted on their own.
 */
export async function runLoadDrill({ clients, seconds, log = console.log }: LoadDrillOptions): Promise<LoadDrillResult> {
  const database = await createDrillDatabase('load');
  const engine = { kind: 'postgres' as const, url: database.url };
  let server: ServerProcess | undefined;
  const sql = await connect(database.url);
  try {
    log(`Load drill: ${clients} clients, ${seconds} s, database ${database.name}`);
    await seedDemo(engine, `demo-${randomBytes(6).toString('hex')}`);
    const users = await createDrillUsers(sql, clients);
    const versionsBefore = new Map((await sql<{ id: string; version: number }>('SELECT id, version FROM prospects')).map((r) => [r.id, r.version]));
    const since = await databaseNow(sql);

    server = await startMagnet(engine);
    const people = users.map(() => new DrillClient(server!.url));
    await Promise.all(people.map((p, i) => p.login(users[i]!.email, users[i]!.password)));
    const world = await loadWorld(people[0]!);
    log(`  ${world.companies.length} demo companies, ${users.length} users logged in; running…`);

    const recorder = new Recorder();
    const ledger = new Ledger();
    const started = Date.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      people.map((client, index) => actAsPerson({ client, index, world, weights: mixedWeights, recorder, ledger, stop: () => Date.now() >= deadline })),
    );
    const elapsed = (Date.now() - started) / 1000;
    await server.stop();
    server = undefined;

    const problems: string[] = [];
    const errors = recorder.count('error') + recorder.count('network');
    if (errors) problems.push(`${errors} requests failed (errors must be 0)`);
    const checked = await checkLedger(sql, ledger, { userIds: users.map((u) => u.id), since, versionsBefore, exact: true });
    problems.push(...checked.problems, ...(await checkIntegrity(sql, since)));

    const requests = recorder.outcomes.length;
    const latency = recorder.latency();
    log(`\n${environmentLine(await serverVersion(database.url))}`);
    log(`requests ${requests} in ${elapsed.toFixed(1)} s (${(requests / elapsed).toFixed(0)}/s), errors ${errors}, conflicts ${recorder.count('conflict')}`);
    log(`latency p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)}, p99 ${ms(latency.p99)}, max ${ms(latency.max)}`);
    for (const line of requestTable(recorder)) log(line);
    log('acknowledged vs stored:');
    for (const line of ledgerLines(checked.figures)) log(line);
    if (errors) for (const line of failureLines(recorder)) log(line);

    return {
      problems,
      requests,
      requestsPerSecond: requests / elapsed,
      errors,
      conflicts: recorder.count('conflict'),
      latency,
      ledger: checked.figures,
    };
  } finally {
    await server?.stop();
    closeClients();
    await sql.close();
    await database.drop();
  }
}
