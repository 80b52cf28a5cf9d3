import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../app/context';
import { unauthenticated } from './auth-checker';

/** The only operations an anonymous caller may run. */
export const publicOperations = new Set(['login', 'logout', 'me']);

/**
 * Defence in depth behind @Authorized: a root field that forgot its guard is
 * still closed to anonymous callers.
 */
export const requireViewer: MiddlewareFn<Context> = ({ context, info }, next) => {
  const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (root && !context.viewer && !publicOperations.has(info.fieldName)) throw unauthenticated();
  return next();
};
