/**
 * `--profile`: one request's time split into its phases, measured on Magnet's
 * own pieces in this process, one request at a time. Each iteration sends
 *   1. the request to the real server over HTTP (end to end, same moment),
 *   2. the session lookup (SessionService.findViewer),
 *   3. the operation through Apollo without HTTP (apollo.executeOperation),
 *   4. graphql `execute` alone, timing the SQL in flight meanwhile,
 *   5. the same execute on a schema without the global `requireViewer`
 *      middleware, which type-graphql wraps around every field (a what-if).
 * So: HTTP + Express = 1 − 2 − 3; Apollo's request pipeline = 3 − 4;
 * resolvers, DataLoaders and ORM = 4 − SQL.
 */
import { execute, parse, type GraphQLSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { createContext } from '../../server/src/app/context';
import { createApp } from '../../server/src/app/create-app';
import { buildSchema, resolvers } from '../../server/src/app/build-schema';
import { authChecker } from '../../server/src/modules/auth/auth-checker';
import { SessionService } from '../../server/src/modules/auth/session.service';
import { loadConfig } from '../../server/src/shared/config';
import { openDatabase } from '../../server/src/shared/database/database';
import { createSender, percentiles } from './load';
import { bodyOf, type Scenario } from './scenarios';

export interface PhaseTimes {
  endToEnd: number;
  session: number;
  apollo: number;
  execute: number;
  sql: number;
  executeWithoutGlobalMiddleware: number;
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

async function timed<T>(times: number[], work: () => Promise<T>): Promise<T> {
  const t0 = process.hrtime.bigint();
  const result = await work();
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  return result;
}

export async function measurePhases(
  databaseUrl: string,
  serverUrl: string,
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
  try {
    const schema = await buildSchema();
    const withoutGlobalMiddleware = await buildTypeGraphQLSchema({ resolvers, authChecker, validate: false });
    const results = new Map<Scenario, PhaseTimes>();
    for (const scenario of scenarios) {
      const document = parse(scenario.query);
      const findViewer = () => new SessionService(db.dataSource.manager, config.session).findViewer(token);
      const contextOf = (viewer: Awaited<ReturnType<typeof findViewer>>) => createContext({ db, sessionPolicy: config.session, viewer });
      const run = async (s: GraphQLSchema, viewer: Awaited<ReturnType<typeof findViewer>>) => {
        const result = await execute({ schema: s, document, contextValue: contextOf(viewer), variableValues: scenario.variables });
        if (result.errors?.length) throw new Error(`${scenario.key}: ${result.errors[0]!.message}`);
      };
      const viewer = await findViewer();
      for (let i = 0; i < 30; i++) await Promise.all([run(schema, viewer), run(withoutGlobalMiddleware, viewer)]); // warm-up

      const send = createSender({ url: serverUrl, body: bodyOf(scenario), cookie });
      const times: Record<Exclude<keyof PhaseTimes, 'sql'>, number[]> & { sql: number[] } = {
        endToEnd: [], session: [], apollo: [], execute: [], sql: [], executeWithoutGlobalMiddleware: [],
      };
      const deadline = Date.now() + limits.maxSeconds * 1000;
      try {
        for (let i = 0; i < limits.iterations && Date.now() < deadline; i++) {
          await timed(times.endToEnd, send);
          const current = await timed(times.session, findViewer);
          await timed(times.apollo, () => app.apollo.executeOperation({ query: scenario.query, variables: scenario.variables }, { contextValue: contextOf(current) }));
          clock.busy = 0n;
          await timed(times.execute, () => run(schema, current));
          times.sql.push(Number(clock.busy) / 1e6);
          await timed(times.executeWithoutGlobalMiddleware, () => run(withoutGlobalMiddleware, current));
        }
      } finally {
        send.close();
      }
      const p50 = (values: number[]) => percentiles(Float64Array.from(values).sort()).p50;
      results.set(scenario, Object.fromEntries(Object.entries(times).map(([k, v]) => [k, p50(v)])) as unknown as PhaseTimes);
    }
    return results;
  } finally {
    await app.stop();
    await db.close();
  }
}

export function printPhases(scenario: Scenario, t: PhaseTimes): void {
  const f = (v: number) => `${v.toFixed(2)} ms`;
  console.log(`  ${scenario.key}: end to end ${f(t.endToEnd)} = HTTP + Express ${f(t.endToEnd - t.session - t.apollo)} + session lookup ${f(t.session)}`
    + ` + Apollo pipeline ${f(t.apollo - t.execute)} + execute ${f(t.execute)} (SQL in flight ${f(t.sql)}, resolvers + DataLoaders + ORM ${f(t.execute - t.sql)})`);
  console.log(`    what-if: execute without the global requireViewer middleware ${f(t.executeWithoutGlobalMiddleware)} (${f(t.execute - t.executeWithoutGlobalMiddleware)} less)`);
}
