import type { GraphQLFormattedError } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from '../../src/app/build-schema';
import { createContext, type Context } from '../../src/app/context';
import type { Database } from '../../src/shared/database/database';
import { formatError } from '../../src/shared/graphql/errors';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** Runs operations through the real schema and context, as the HTTP server would. */
export async function createTestClient(db: Database) {
  const apollo = new ApolloServer<Context>({
    schema: await buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  async function execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) {
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: createContext(db) });
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
    stop: () => apollo.stop(),
  };
}
