import type { DocumentNode } from 'graphql';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './errorCode';

const listeners = new Set<() => void>();

/** Calls `listener` whenever the server says the session is gone; returns the unsubscribe. */
export function onSessionExpired(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A failed login also answers UNAUTHENTICATED ("wrong e-mail or password"): that is no expiry.
function isLogin(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === 'OperationDefinition' &&
      definition.selectionSet.selections.some((field) => field.kind === 'Field' && field.name.value === 'login'),
  );
}

/**
 * Any operation refused as UNAUTHENTICATED means the session timed out or was ended (logged
 * out elsewhere, user deactivated). One place handles it for every page: the app listens with
 * `onSessionExpired` and sends the user to the login page.
 */
export const sessionExpiryLink = new ErrorLink(({ error, operation }) => {
  if (hasErrorCode(error, 'UNAUTHENTICATED') && !isLogin(operation.query)) {
    for (const listener of listeners) listener();
  }
});
