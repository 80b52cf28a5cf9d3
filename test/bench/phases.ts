/**
 * `--profile`: where one request's time goes, measured on Magnet's own pieces
 * in this process, one request at a time, the variants interleaved so that a
 * busy machine weighs on all of them alike:
 *   - the session lookup (SessionService.findViewer);
 *   - the operation through Apollo as create-app.ts configures it
 *     (apollo.executeOperation: Apollo's pipeline and plugins, no HTTP);
 *   - the same through a plain ApolloServer (no graphql-armor) with the
 *     cache-control plugin off (Apollo installs it by default, and it wraps
 *     every field resolver);
 *   - graphql `execute` alone, timing the SQL in flight meanwhile;
 *   - `execute` on a schema built without the root-field guard for anonymous
 *     callers (guardRootFields; it was a global type-graphql middleware on every
 *     field until the profile showed its cost).
 * The differences between rows are what each layer costs. CPU time is this
 * process's, which a busy machine distorts much less than wall time. The end
 * to end request over HTTP is measured in the same loop, with the server's CPU.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { createContext, type Context } from '../../server/src/app/context';
import { createApp } from '../../server/src/app/create-app';
import { buildSchema, resolvers } from '../../server/src/app/build-schema';
import { authChecker } from '../../server/src/modules/auth/auth-checker';
import { SessionService } from '../../server/src/modules/auth/session.service';
import { loadConfig } from '../../server/src/shared/config';
import { openDatabase } from '../../server/src/shared/database/database';
import { processCpuMs } from './cpu-usage';
import { createSender } from './load';
import { bodyOf, type Scenario } from './scenarios';

const variants = {
  endToEnd: 'end to end over HTTP (CPU: the server process)',
  session: 'session lookup',
  apollo: 'Apollo as configured (executeOperation)',
  apolloWithoutCacheControl: 'plain Apollo: no armor, no cache control',
  execute: 'graphql execute alone',
  executeWithoutGlobalMiddleware: 'execute, no root-field guard',
} as const;
type Variant = keyof typeof variants;

/** Mean wall and CPU milliseconds of each variant, and of the SQL in flight during `execute`. */
export interface PhaseTimes {
  iterations: number;
  wall: Record<Variant, number>;
  cpu: Record<Variant, number>;
  sqlInFlight: number;
}

/** Wall time with at least one SQL statement in flight, from TypeORM's query events. */
class SqlClock {
  private inFlight = 0;
  private since = 0n;
  busy = 0n;
  beforeQuery(): void {
    if (this.inFlight++ === 0) this.since = process.hrtime.bigint();
  }
  afterQuery(): void {
    if (--this.inFlight === 0) this.busy += process.hrtime.bigint() - this.since;
  }
}

const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export async function measurePhases(
  databaseUrl: string,
  server: { url: string; pid: number },
  scenarios: Scenario[],
  cookie: string,
  limits: { iterations: number; maxSeconds: number },
): Promise<Map<Scenario, PhaseTimes>> {
  const token = /magnet_session=([^;]+)/.exec(cookie)?.[1];
  if (!token) throw new Error('No session token in the cookie.');
  const db = await openDatabase({ url: databaseUrl });
  const clock = new SqlClock();
  db.dataSource.subscribers.push(clock);
  const config = loadConfig({ NODE_ENV: 'production' });
  const app = await createApp({ db, config });
  const schema = await buildSchema();
  const plainApollo = new ApolloServer<Context>({ schema: await buildSchema(), plugins: [ApolloServerPluginCacheControlDisabled()] });
  await plainApollo.start();
  try {
    const withoutGlobalMiddleware = await buildTypeGraphQLSchema({ resolvers, authChecker, validate: false });
    const findViewer = () => new SessionService(db.dataSource.manager, config.session).findViewer(token);
    type Viewer = Awaited<ReturnType<typeof findViewer>>;
    const contextOf = (viewer: Viewer) => createContext({ db, sessionPolicy: config.session, viewer });
    const results = new Map<Scenario, PhaseTimes>();

    for (const scenario of scenarios) {
      const document = parse(scenario.query);
      const request = { query: scenario.query, variables: scenario.variables };
      const run = async (s: GraphQLSchema, viewer: Viewer) => {
        const result = await execute({ schema: s, document, contextValue: contextOf(viewer), variableValues: scenario.variables });
        if (result.errors?.length) throw new Error(`${scenario.key}: ${result.errors[0]!.message}`);
      };
      const send = createSender({ url: server.url, body: bodyOf(scenario), cookie });
      const work: Record<Variant, (viewer: Viewer) => Promise<unknown>> = {
        endToEnd: () => send(),
        session: () => findViewer(),
        apollo: (viewer) => app.apollo.executeOperation(request, { contextValue: contextOf(viewer) }),
        apolloWithoutCacheControl: (viewer) => plainApollo.executeOperation(request, { contextValue: contextOf(viewer) }),
        execute: (viewer) => run(schema, viewer),
        executeWithoutGlobalMiddleware: (viewer) => run(withoutGlobalMiddleware, viewer),
      };
      const names = Object.keys(work) as Variant[];
      const viewer = await findViewer();
      const warmUntil = Date.now() + (limits.maxSeconds * 1000) / 4;
      for (let i = 0; i < 30 && Date.now() < warmUntil; i++) for (const name of names) await work[name](viewer);

      const wall = Object.fromEntries(names.map((n) => [n, 0])) as Record<Variant, number>;
      const cpu = { ...wall };
      let sql = 0;
      let iterations = 0;
      const deadline = Date.now() + limits.maxSeconds * 1000;
      try {
        for (; iterations < limits.iterations && Date.now() < deadline; iterations++) {
          for (const name of names) {
            const cpuNow = name === 'endToEnd' ? () => processCpuMs(server.pid) : ownCpuMs;
            clock.busy = 0n;
            const [c0, t0] = [cpuNow(), process.hrtime.bigint()];
            await work[name](viewer);
            wall[name] += Number(process.hrtime.bigint() - t0) / 1e6;
            cpu[name] += cpuNow() - c0;
            if (name === 'execute') sql += Number(clock.busy) / 1e6;
          }
        }
      } finally {
        send.close();
      }
      const mean = (totals: Record<Variant, number>) => Object.fromEntries(names.map((n) => [n, totals[n] / iterations])) as Record<Variant, number>;
      results.set(scenario, { iterations, wall: mean(wall), cpu: mean(cpu), sqlInFlight: sql / iterations });
    }
    return results;
  } finally {
    await plainApollo.stop();
    await app.stop();
    await db.close();
  }
}

export function printPhases(scenario: Scenario, t: PhaseTimes): void {
  const cell = (v: number) => v.toFixed(2).padStart(9);
  console.log(`  ${`${scenario.key} (mean of ${t.iterations})`.padEnd(50)}  wall ms   CPU ms`);
  for (const [name, label] of Object.entries(variants) as [Variant, string][]) {
    console.log(`    ${label.padEnd(48)}${cell(t.wall[name])}${cell(t.cpu[name])}`);
    if (name === 'execute') console.log(`      ${'of which SQL in flight'.padEnd(46)}${cell(t.sqlInFlight)}`);
  }
}
