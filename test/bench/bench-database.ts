/**
 * The benchmark's database: created and filled with generated data when it is
 * missing or empty, migrated every run (new migrations may add what a new
 * scenario needs), and given a user the benchmark logs in as.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../server/src/modules/auth/password';
import { migrate, openDatabase } from '../../server/src/shared/database/database';
import { generateData, sizes, type Size } from './generate-data';

/** Not `bench…`: generate-data.ts picks its owners by that e-mail prefix. */
const RUNNER_EMAIL = 'load-runner@magnet.example';

export async function ensureBenchDatabase(url: string, size: Size, log: (s: string) => void): Promise<{ prospects: number }> {
  await createDatabaseIfMissing(url, log);
  const db = await openDatabase({ url, poolSize: 2 }); // migrate() holds one connection for its lock
  try {
    const applied = await migrate(db);
    if (applied.length) log(`Applied ${applied.length} migration(s).`);
    let [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM prospects');
    if (n === 0) {
      log(`Generating size ${size} (${sizes[size]} companies) into an empty database…`);
      await generateData(db, size, 42, log);
      [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM prospects');
      // Set only once generation is complete: its absence later means an interrupted or foreign fill.
      await db.dataSource.query(`COMMENT ON DATABASE "${databaseName(url).replace(/"/g, '""')}" IS '${GENERATED_MARK} ${size}'`);
    } else {
      const [{ comment }] = await db.dataSource.query('SELECT shobj_description(oid, \'pg_database\') AS comment FROM pg_database WHERE datname = current_database()');
      if (comment !== `${GENERATED_MARK} ${size}`) {
        log(`Note: this database was not filled by bench.ts with size ${size} (or that was interrupted); it holds ${n} companies. Drop it to regenerate.`);
      }
    }
    return { prospects: n };
  } finally {
    await db.close();
  }
}

const GENERATED_MARK = 'magnet bench data, size';
const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function createDatabaseIfMissing(url: string, log: (s: string) => void): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      log(`Creating database ${name}.`);
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** A MEMBER (reads contacts and meetings) with a fresh random password; old bench sessions end. */
export async function createBenchUser(client: pg.Client): Promise<{ id: string; email: string; password: string }> {
  const password = randomBytes(18).toString('base64url');
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO users (name, email, role, password_hash) VALUES ('Load Runner', $1, 'MEMBER', $2)
     ON CONFLICT (lower(email)) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'MEMBER', active = true
     RETURNING id`,
    [RUNNER_EMAIL, await hashPassword(password)],
  );
  const id = rows[0]!.id;
  await client.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  return { id, email: RUNNER_EMAIL, password };
}
