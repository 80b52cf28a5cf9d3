import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/**
 * What to tell the user about a failed operation. The server's messages are written for
 * people (and masked when internal), so they are shown as they are; anything that never
 * produced a GraphQL answer means the server could not be reached.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    return [...new Set(error.errors.map((e) => e.message))].join(' ');
  }
  // A gateway (the dev proxy, a load balancer) answers 502–504 when the server is down.
  if (ServerError.is(error) && ![502, 503, 504].includes(error.statusCode)) {
    return t('error.serverStatus', { status: error.statusCode });
  }
  return t('error.unreachable');
}
