import type { Config } from './config';

/** One line a person can act on, for the errors a server typically meets when starting. */
export function describeStartupError(error: unknown, config: Config | undefined): string {
  const e = error as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
  switch (e?.code) {
    case 'EADDRINUSE':
      return `Cannot start: port ${config?.port} on ${config?.host} is already in use. Stop the other process or set PORT.`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      if (e.syscall === 'listen' || e.syscall === 'getaddrinfo' && !config?.databaseUrl) {
        return `Cannot start: HOST ${config?.host} is not an address of this machine.`;
      }
      return `Cannot reach the database: host not found (${e.hostname ?? e.message}). Check DATABASE_URL.`;
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${e.address ?? ''}:${e.port ?? ''}: connection refused. Is it running? Check DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL refused the login: ${e.message}. Check the user and password in DATABASE_URL.`;
    case '3D000':
      return `PostgreSQL has no such database: ${e.message}. Create it or fix DATABASE_URL.`;
    case 'EACCES':
      return `Cannot start: permission denied (${e.message}). Check PORT and DATA_DIR.`;
    default:
      return `Cannot start: ${error instanceof Error ? error.message : String(error)}`;
  }
}
