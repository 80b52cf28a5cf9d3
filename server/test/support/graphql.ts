import type { GraphQLFormattedError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from '../../src/app/build-schema';
import { BrregClient } from '../../src/modules/brreg/brreg.client';
import { createContext, type Context } from '../../src/app/context';
import { SessionService } from '../../src/modules/auth/session.service';
import type { Viewer } from '../../src/modules/auth/viewer';
import type { Database } from '../../src/shared/database/database';
import { formatError } from '../../src/shared/graphql/errors';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export const testSessionPolicy = { idleMinutes: 120, absoluteHours: 12 };

/** A user of the given role with a live session, as a request would see them. */
export async function signedIn(db: Database, role: string, name = `Test ${role}`): Promise<Viewer> {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@magnet.example`;
  const [user] = await db.dataSource.query(`INSERT INTO users (name, email, role) VALUES ($1, $2, $3) RETURNING id`, [name, email, role]);
  const session = await new SessionService(db.dataSource.manager, testSessionPolicy).create(user.id, {});
  return { id: user.id, name, email, role: role as Viewer['role'], sessionId: session.id };
}

/** Runs operations through the real schema and context, as the HTTP server would, as `viewer`. */
export async function createTestClient(db: Database, viewer: Viewer | null) {
  const apollo = new ApolloServer<Context>({
    schema: await buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  // Tests never reach the internet: a register at a closed local port.
  const brreg = new BrregClient({ baseUrl: 'http://127.0.0.1:1/enhetsregisteret/api', retries: 0 });

  function bind(as: Viewer | null) {
    async function execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>) {
      const contextValue = createContext({ db, sessionPolicy: testSessionPolicy, viewer: as, brreg });
      const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Expected a single result');
      return response.body.singleResult as GraphQLResult<T>;
    }
    return {
      execute,
      /** Data of an operation that must succeed. */
      async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
        const result = await execute<T>(query, variables);
        if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
        return result.data!;
      },
      /** The errors' codes of an operation that must fail. */
      async errorCodes(query: string, variables?: Record<string, unknown>): Promise<string[]> {
        const result = await execute(query, variables);
        return (result.errors ?? []).map((e) => String(e.extensions?.code));
      },
    };
  }

  return { ...bind(viewer), as: bind, stop: () => apollo.stop() };
}
