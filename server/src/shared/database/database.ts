import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource, MigrationExecutor, type DataSourceOptions, type Logger } from 'typeorm';
import { lockDataDir } from './data-dir-lock';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export type DatabaseKind = 'postgres' | 'embedded';

export interface Database {
  kind: DatabaseKind;
  dataSource: DataSource;
  /** The PGlite instance, for the embedded database only (snapshots, backups). */
  embedded?: PGlite;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL; without it Magnet runs on embedded PGlite. */
  url?: string;
  /** Folder of the embedded database, or 'memory://' for a throw-away one. */
  dataDir?: string;
  /** Start the embedded database from a snapshot made by `dumpDataDir` (tests). */
  loadDataDir?: Blob;
  logging?: boolean;
  poolSize?: number;
  /** Receives every statement (e.g. to count them in a test). */
  logger?: Logger;
}

const common = {
  type: 'postgres',
  entities,
  migrations,
  namingStrategy: new SnakeNamingStrategy(),
  synchronize: false,
  migrationsRun: false,
  uuidExtension: 'pgcrypto',
  installExtensions: false,
} as const satisfies Partial<DataSourceOptions>;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const dataSource = new DataSource({
      ...common,
      url: options.url,
      poolSize: options.poolSize ?? 10,
      ...logging(options),
      // JIT off: Magnet's statements are short, and compiling one costs more (40–100 ms) than it saves.
      extra: { connectionTimeoutMillis: 5000, application_name: 'magnet', options: '-c jit=off' },
    });
    await dataSource.initialize();
    return { kind: 'postgres', dataSource, close: () => dataSource.destroy() };
  }

  const dataDir = options.dataDir ?? './data';
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  try {
    // contrib/* ship as ESM types only; the runtime has a CommonJS build too.
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const pglite = await PGlite.create({
      dataDir,
      extensions: { pg_trgm },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    // PGlite is one session: pool size 1, and code inside a transaction must use
    // the transaction's own EntityManager (another query would wait forever).
    const dataSource = new DataSource({
      ...common,
      poolSize: 1,
      ...logging(options),
      extra: { ...createPgConfig(pglite) },
    });
    await dataSource.initialize();
    return {
      kind: 'embedded',
      dataSource,
      embedded: pglite,
      async close() {
        try {
          await dataSource.destroy();
          await pglite.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Any fixed number: the advisory lock that lets one process at a time migrate a PostgreSQL database. */
const MIGRATION_LOCK = 7_460_551;

export async function migrate(db: Database): Promise<string[]> {
  if (db.kind !== 'postgres') return (await db.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name); // PGlite is one process
  // Two servers starting at once (replicas, a rolling release) would both run the same migrations
  // and one would fail: the second waits for the lock, then finds nothing left to run. The lock and
  // the migrations share one connection, so a pool of one is enough.
  const runner = db.dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const executor = new MigrationExecutor(db.dataSource, runner);
      executor.transaction = 'each';
      return (await executor.executePendingMigrations()).map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

function logging(options: DatabaseOptions): Pick<DataSourceOptions, 'logging' | 'logger'> {
  if (options.logger) return { logging: ['query', 'error'], logger: options.logger };
  return { logging: options.logging ? ['query', 'error'] : ['error'] };
}
