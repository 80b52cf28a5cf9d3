import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbedded } from './embedded';
import { runServerCli, seedDemo, type Engine } from './magnet';
import { connect, createDrillDatabase, type DrillDatabase, type Sql } from './postgres';

export interface BackupDrillResult {
  problems: string[];
  tables: number;
  rows: number;
  /** Seconds taken by db:backup and by db:restore (each includes starting the command). */
  backupSeconds: number;
  restoreSeconds: number;
  bytes: number;
}

/** Row count and checksum of every table (and the value of every sequence): two databases with equal fingerprints hold the same data. */
export async function fingerprint(sql: Sql): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const tables = await sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  for (const { name } of tables) {
    const [row] = await sql<{ rows: number; sum: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM public."${name}" t`,
    );
    result.set(`table ${name}`, `${row!.rows} rows, md5 ${row!.sum}`);
  }
  for (const s of await sql<{ name: string; value: string | null }>(`SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`)) {
    result.set(`sequence ${s.name}`, `last value ${s.value}`);
  }
  return result;
}

export function compareFingerprints(before: Map<string, string>, after: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, value] of before) {
    if (!after.has(key)) problems.push(`${key} is missing after the restore`);
    else if (after.get(key) !== value) problems.push(`${key}: ${value} before, ${after.get(key)} after the restore`);
  }
  for (const key of after.keys()) if (!before.has(key)) problems.push(`${key} appeared with the restore`);
  return problems;
}

/**
 * Rows beyond the demo, with text a backup can get wrong: quotes, backslashes,
 * new lines, tabs, emoji, long minutes, JSON with unicode, old dates.
 */
export async function addGeneratedRows(sql: Sql, count = 300): Promise<void> {
  await sql(
    `WITH stage AS (SELECT id FROM stages WHERE key = 'IDENTIFIED'),
          made AS (
            INSERT INTO prospects (name, stage_id, estimated_jobs, website, created_at, last_activity_at)
            SELECT format('Generert %s «æøå» O''Brien \\ %s', g, repeat('🌲', g % 7)), (SELECT id FROM stage), g % 50,
                   CASE WHEN g % 3 = 0 THEN NULL ELSE 'https://eksempel.no/' || g END,
                   timestamptz '2015-07-01' + g * interval '3 days', now()
              FROM generate_series(1, $1::int) g
            RETURNING id, created_at)
     INSERT INTO stage_changes (prospect_id, to_stage_id, changed_at) SELECT id, (SELECT id FROM stage), created_at FROM made`,
    [count],
  );
  await sql(
    `INSERT INTO contacts (prospect_id, name, email, title)
     SELECT p.id, 'Kontakt «' || row_number() OVER () || '» Ødegård', 'k' || row_number() OVER () || '@eksempel.no', E'Daglig\\tleder'
       FROM prospects p WHERE p.name LIKE 'Generert%'`,
  );
  await sql(
    `WITH m AS (
       INSERT INTO meetings (kind, starts_at, minutes, next_step)
       SELECT 'DIALOGUE_MEETING', timestamptz '2016-01-01' + g * interval '1 day',
              repeat(E'Referat: «enige» om \\'neste steg\\'\\n\\t– 100 % 🚀 \\\\ ', 1 + g % 40), 'Følge opp'
         FROM generate_series(1, $1::int) g
       RETURNING id)
     INSERT INTO meeting_prospects (meeting_id, prospect_id)
     SELECT m.id, (SELECT id FROM prospects WHERE name LIKE 'Generert%' ORDER BY name LIMIT 1) FROM m`,
    [count],
  );
  await sql(
    `INSERT INTO audit_entries (action, entity, entity_id, diff)
     SELECT 'UPDATE', 'Prospect', id::text, jsonb_build_object('name', jsonb_build_object('before', name, 'after', name || ' ✓'))
       FROM prospects WHERE name LIKE 'Generert%'`,
  );
}

type Step = { name: string; engine: Engine; seconds: number; output: string; code: number | null };

async function cli(name: 'backup' | 'restore', args: string[], engine: Engine): Promise<Step> {
  const started = Date.now();
  const result = await runServerCli(name, args, engine);
  return { name, engine, seconds: (Date.now() - started) / 1000, ...result };
}

/**
 * Backup and restore of one engine: seed (demo + generated rows), db:backup,
 * db:restore into an empty database, then equal row counts and checksums for
 * every table. Also: a restore into a database that is not empty is refused
 * (and changes nothing) unless --force, which then gives the same data again.
 */
export async function runBackupDrill({
  engine: kind,
  quick = false,
  log = console.log,
}: {
  engine: Engine['kind'];
  /** Only the round trip and the refusal of a non-empty target (CI): no in-use, overwrite or --force checks. */
  quick?: boolean;
  log?: (line: string) => void;
}): Promise<BackupDrillResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `magnet-drill-backup-${kind}-`));
  const databases: DrillDatabase[] = [];
  const problems: string[] = [];
  const expectOk = (step: Step) => {
    if (step.code !== 0) problems.push(`db:${step.name} failed (exit ${step.code}): ${step.output.trim().slice(-500)}`);
    return step;
  };
  try {
    log(`Backup drill on ${kind}`);
    let source: Engine;
    let target: Engine;
    let open: (engine: Engine) => Promise<Sql>;
    if (kind === 'postgres') {
      databases.push(await createDrillDatabase('backup_from'), await createDrillDatabase('backup_to'));
      source = { kind, url: databases[0]!.url };
      target = { kind, url: databases[1]!.url };
      open = (e) => connect((e as { url: string }).url);
    } else {
      source = { kind, dataDir: path.join(work, 'from') };
      target = { kind, dataDir: path.join(work, 'to') };
      open = (e) => openEmbedded((e as { dataDir: string }).dataDir);
    }
    const file = path.join(work, kind === 'postgres' ? 'magnet.dump' : 'magnet.tar.gz');

    await seedDemo(source, 'backup-drill-demo');
    let sql = await open(source);
    await addGeneratedRows(sql);
    const before = await fingerprint(sql);
    await sql.close();

    if (kind === 'embedded' && !quick) {
      // A folder in use (its lock held by a live process) is not backed up.
      const holder = await open(source);
      const refused = await cli('backup', ['--out', path.join(work, 'in-use.tar.gz')], source);
      await holder.close();
      if (refused.code === 0 || !/is in use by another Magnet process/.test(refused.output)) problems.push(`db:backup of an embedded folder in use was not refused: ${refused.output.trim().slice(-300)}`);
    }

    const backup = expectOk(await cli('backup', ['--out', file], source));
    if (!quick) {
      const again = await cli('backup', ['--out', file], source);
      if (again.code === 0) problems.push('db:backup overwrote an existing file without --force');
    }
    const restore = expectOk(await cli('restore', ['--in', file], target));

    sql = await open(target);
    const after = await fingerprint(sql);
    await sql.close();
    problems.push(...compareFingerprints(before, after));

    const refused = await cli('restore', ['--in', file], target);
    if (refused.code === 0 || !/not empty/.test(refused.output)) problems.push(`a restore into a database that is not empty was not refused: ${refused.output.trim().slice(-300)}`);
    if (!quick) {
      expectOk(await cli('restore', ['--in', file, '--force'], target));
      sql = await open(target);
      problems.push(...compareFingerprints(before, await fingerprint(sql)).map((p) => `after --force: ${p}`));
      await sql.close();
    }

    const rows = [...before.entries()].filter(([k]) => k.startsWith('table')).reduce((n, [, v]) => n + Number(v.split(' ')[0]), 0);
    const tables = [...before.keys()].filter((k) => k.startsWith('table')).length;
    const bytes = fs.statSync(file).size;
    for (const [key, value] of before) {
      if (value.startsWith('0 rows')) continue;
      log(`    ${key}: ${value.replace(/md5 (\w{12})\w+/, 'md5 $1…')} ${after.get(key) === value ? '= restored' : `≠ restored (${after.get(key) ?? 'missing'})`}`);
    }
    log(`  ${tables} tables, ${rows} rows; backup ${(bytes / 1024).toFixed(0)} kB in ${backup.seconds.toFixed(1)} s, restore in ${restore.seconds.toFixed(1)} s; checksums ${problems.length ? 'DIFFER' : 'equal'}`);
    return { problems, tables, rows, backupSeconds: backup.seconds, restoreSeconds: restore.seconds, bytes };
  } finally {
    for (const d of databases) await d.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
