import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The stable error codes of the API (design § API conventions). */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/** An error meant for the user: its message says what to do, in Norwegian. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (what: string) => new AppError('NOT_FOUND', `Fant ikke ${what}.`);
/** `what` in the definite form («Bedriften», «Møtet»); a neuter one (-et) is «det», the others «den». */
export const conflict = (what: string) =>
  new AppError('CONFLICT', `${what} er endret av noen andre siden du åpnet ${what.endsWith('et') ? 'det' : 'den'}. Last inn på nytt og prøv igjen.`);

// Errors Apollo and graphql-js raise for malformed requests: safe to show as they are.
const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const UNAVAILABLE = 'Databasen svarer ikke akkurat nå. Prøv igjen om litt.';

/**
 * The database cannot be reached (stopped, restarting, network): the same
 * request may work in a moment, so the client is told that, not "a bug".
 * SQLSTATE class 08 and 57P01–57P03, socket errors, and pg's pool and client messages.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^08|^57P0[123]$|^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code)) return true;
    // TypeORM releases a transaction's connection when it dies while idle; the next query then finds it released.
    if (typeof e.message === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|[Qq]uery runner (was )?already released/.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/** For the request context: the session lookup could not reach the database (HTTP 503). */
export const serviceUnavailable = () => new GraphQLError(UNAVAILABLE, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });

const unsupportedOperation = /^Schema is not configured to execute (query|mutation|subscription) operation\.$/;

/**
 * Masks everything that is not an AppError or a request error: no SQL, no stack,
 * no internals reach the client. The original is logged on the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  }
  if (formatted.extensions?.code === 'SERVICE_UNAVAILABLE' || isDatabaseUnavailable(original)) {
    console.error('Database unavailable:', original instanceof Error ? original.message : original);
    return { message: UNAVAILABLE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  // graphql-js refuses an operation type the schema lacks (a subscription) without a code: the client's mistake, not ours.
  if (original instanceof GraphQLError && !original.originalError && unsupportedOperation.test(original.message)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && passThroughCodes.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  console.error('Unexpected error in GraphQL operation:', original);
  return {
    message: 'Noe gikk galt på serveren. Prøv igjen om litt.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
