import path from 'node:path';
import { z } from 'zod';

/** The repository's data/ folder wherever a command runs: `npm start` runs at the root, `npm run db:*` in server/. */
const defaultDataDir = path.resolve(__dirname, '../../../data');

/** Thrown for a bad environment; main.ts prints its message as one line and exits. */
export class ConfigError extends Error {}

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

const schema = z.object({
  PORT: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'must be a whole number from 1 to 65535' })
      .int('must be a whole number from 1 to 65535')
      .min(1, 'must be a whole number from 1 to 65535')
      .max(65535, 'must be a whole number from 1 to 65535')
      .default(4000),
  ),
  HOST: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9.:\-[\]]+$/, 'must be a host name or an IP address')
      .default('127.0.0.1'),
  ),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  NODE_ENV: z.preprocess(
    blankToUndefined,
    z.enum(['development', 'production', 'test'], { message: 'must be development, production or test' }).default('development'),
  ),
  SESSION_IDLE_MINUTES: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'must be a whole number of minutes' }).int('must be a whole number of minutes').min(1, 'must be at least 1').default(120),
  ),
  SESSION_ABSOLUTE_HOURS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'must be a whole number of hours' }).int('must be a whole number of hours').min(1, 'must be at least 1').default(12),
  ),
  BRREG_BASE_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).default('https://data.brreg.no/enhetsregisteret/api'),
  ),
  BRREG_TIMEOUT_MS: z.preprocess(
    blankToUndefined,
    z.coerce.number({ message: 'must be a whole number of milliseconds' }).int('must be a whole number of milliseconds').min(100, 'must be at least 100').default(5000),
  ),
  LOG_SQL: z.preprocess(blankToUndefined, z.enum(['0', '1']).default('0')),
});

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when set; the embedded PGlite database in dataDir otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  env: 'development' | 'production' | 'test';
  logSql: boolean;
  session: { idleMinutes: number; absoluteHours: number };
  /** The Brønnøysund register (Enhetsregisteret). */
  brreg: { baseUrl: string; timeoutMs: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const value = env[name];
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message} (got "${value}").`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR ? path.resolve(c.DATA_DIR) : defaultDataDir,
    env: c.NODE_ENV,
    logSql: c.LOG_SQL === '1',
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS },
    brreg: { baseUrl: c.BRREG_BASE_URL, timeoutMs: c.BRREG_TIMEOUT_MS },
  };
}
