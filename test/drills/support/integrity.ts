import { scalar, type Sql } from './postgres';

/**
 * Nothing half-written, checked over the whole database for everything
 * written since `since` (a database timestamp taken before the drill):
 * each named check counts the rows that break it, and must find none.
 */
const checks: { name: string; sql: string }[] = [
  {
    name: 'companies without exactly one first stage-change entry',
    sql: `SELECT count(*) FROM prospects p
           WHERE p.created_at >= $1
             AND (SELECT count(*) FROM stage_changes s WHERE s.prospect_id = p.id AND s.from_stage_id IS NULL) <> 1`,
  },
  {
    name: 'companies without exactly one CREATE audit entry',
    sql: `SELECT count(*) FROM prospects p
           WHERE p.created_at >= $1
             AND (SELECT count(*) FROM audit_entries a WHERE a.entity = 'Prospect' AND a.action = 'CREATE' AND a.entity_id = p.id::text) <> 1`,
  },
  {
    name: 'companies whose stage-change log does not end in their current stage',
    sql: `SELECT count(*) FROM prospects p
           WHERE p.stage_id IS DISTINCT FROM
                 (SELECT s.to_stage_id FROM stage_changes s WHERE s.prospect_id = p.id ORDER BY s.changed_at DESC, s.id DESC LIMIT 1)`,
  },
  {
    name: 'stage-change entries that do not start where the previous one ended',
    sql: `SELECT count(*) FROM (
            SELECT s.from_stage_id, lag(s.to_stage_id) OVER (PARTITION BY s.prospect_id ORDER BY s.changed_at, s.id) AS previous
              FROM stage_changes s
          ) chain
           WHERE chain.previous IS NOT NULL AND chain.from_stage_id IS DISTINCT FROM chain.previous`,
  },
  {
    name: 'stage moves without a MOVE audit entry (or the other way round)',
    sql: `SELECT abs((SELECT count(*) FROM stage_changes WHERE from_stage_id IS NOT NULL AND changed_at >= $1)
                   - (SELECT count(*) FROM audit_entries WHERE entity = 'Prospect' AND action = 'MOVE' AND at >= $1))`,
  },
  {
    name: 'meetings without a CREATE audit entry',
    sql: `SELECT count(*) FROM meetings m
           WHERE m.created_at >= $1
             AND NOT EXISTS (SELECT 1 FROM audit_entries a WHERE a.entity = 'Meeting' AND a.action = 'CREATE' AND a.entity_id = m.id::text)`,
  },
  {
    // The drills log every meeting for a company, with its author as participant (the default).
    name: 'meetings with minutes but without their links (company and participant)',
    sql: `SELECT count(*) FROM meetings m
           WHERE m.created_at >= $1 AND m.minutes IS NOT NULL
             AND (NOT EXISTS (SELECT 1 FROM meeting_prospects mp WHERE mp.meeting_id = m.id)
               OR NOT EXISTS (SELECT 1 FROM meeting_users mu WHERE mu.meeting_id = m.id))`,
  },
  {
    name: 'idempotency keys whose result was never written',
    sql: `SELECT count(*) FROM idempotency_keys k
           WHERE (k.operation = 'createProspect' AND NOT EXISTS (SELECT 1 FROM prospects p WHERE p.id = k.result_id))
              OR (k.operation = 'createMeeting' AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = k.result_id))
              OR (k.operation = 'createContact' AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = k.result_id))`,
  },
];

export async function checkIntegrity(sql: Sql, since: Date): Promise<string[]> {
  const problems: string[] = [];
  for (const check of checks) {
    const broken = Number(await scalar(sql, check.sql, check.sql.includes('$1') ? [since] : []));
    if (broken > 0) problems.push(`${check.name}: ${broken}`);
  }
  return problems;
}

/** The database's clock now: the drills compare `created_at` with it, not with this machine's clock. */
export async function databaseNow(sql: Sql): Promise<Date> {
  return new Date(await scalar<string | Date>(sql, `SELECT clock_timestamp()`));
}
