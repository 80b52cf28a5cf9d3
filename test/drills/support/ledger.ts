import { scalar, type Sql } from './postgres';

/**
 * What the server acknowledged: every write that got a success answer, with
 * what was sent. Afterwards the database must hold exactly these (plus, in a
 * fault drill, at most the writes whose answer never came: "in doubt").
 */
export class Ledger {
  readonly companies = new Map<string, { name: string }>();
  readonly meetings = new Map<string, { prospectId: string; minutes: string }>();
  /** Acknowledged moves: the version the server answered and the stage moved to. */
  readonly moves: { prospectId: string; version: number; stageId: string }[] = [];
  /** Writes that ended without an answer or with an error other than CONFLICT: they may or may not have happened. */
  readonly inDoubt = { companies: 0, meetings: 0, moves: 0 };

  get writes(): number {
    return this.companies.size + this.meetings.size + this.moves.length;
  }
}

export interface LedgerFigures {
  companies: { acknowledged: number; stored: number };
  meetings: { acknowledged: number; stored: number; minutesIdentical: number };
  moves: { acknowledged: number; logged: number };
}

/**
 * Compares the ledger with the database. `exact`: nothing may be stored that
 * was not acknowledged (a drill without faults); otherwise at most the
 * in-doubt writes may be extra. `userIds` are the drill's writers and
 * `since` its start (database time); `versionsBefore` the versions of the
 * companies before the drill.
 */
export async function checkLedger(
  sql: Sql,
  ledger: Ledger,
  options: { userIds: string[]; since: Date; versionsBefore: Map<string, number>; exact: boolean },
): Promise<{ problems: string[]; figures: LedgerFigures }> {
  const problems: string[] = [];
  const { userIds, since, exact } = options;

  // Companies: every acknowledged one stored with the name sent; no others from the drill's users.
  const companyIds = [...ledger.companies.keys()];
  const storedCompanies = new Map(
    (await sql<{ id: string; name: string }>(`SELECT id, name FROM prospects WHERE id = ANY($1::uuid[])`, [companyIds])).map((r) => [r.id, r.name]),
  );
  for (const [id, { name }] of ledger.companies) {
    if (!storedCompanies.has(id)) problems.push(`acknowledged company ${id} (${name}) is not in the database`);
    else if (storedCompanies.get(id) !== name) problems.push(`company ${id} was acknowledged as ${JSON.stringify(name)} but holds ${JSON.stringify(storedCompanies.get(id))}`);
  }
  const companiesByDrill = await scalar(sql, `SELECT count(*)::int FROM stage_changes WHERE from_stage_id IS NULL AND changed_by_id = ANY($1::uuid[]) AND changed_at >= $2`, [userIds, since]);
  checkExtra(problems, 'companies', companiesByDrill, ledger.companies.size, ledger.inDoubt.companies, exact);

  // Meetings: every acknowledged one stored with its minutes word for word, and linked to its company.
  const meetingIds = [...ledger.meetings.keys()];
  const storedMeetings = new Map(
    (
      await sql<{ id: string; minutes: string | null; prospect_ids: string[] | null }>(
        `SELECT m.id, m.minutes, (SELECT array_agg(prospect_id) FROM meeting_prospects mp WHERE mp.meeting_id = m.id) AS prospect_ids
           FROM meetings m WHERE m.id = ANY($1::uuid[])`,
        [meetingIds],
      )
    ).map((r) => [r.id, r]),
  );
  let minutesIdentical = 0;
  for (const [id, sent] of ledger.meetings) {
    const row = storedMeetings.get(id);
    if (!row) problems.push(`acknowledged meeting ${id} is not in the database`);
    else if (row.minutes !== sent.minutes) problems.push(`meeting ${id}: the minutes differ from what was acknowledged`);
    else if (!row.prospect_ids?.includes(sent.prospectId)) problems.push(`meeting ${id} lost its link to company ${sent.prospectId}`);
    else minutesIdentical++;
  }
  const meetingsByDrill = await scalar(sql, `SELECT count(*)::int FROM meetings WHERE created_by_id = ANY($1::uuid[]) AND created_at >= $2`, [userIds, since]);
  checkExtra(problems, 'meetings', meetingsByDrill, ledger.meetings.size, ledger.inDoubt.meetings, exact);

  // Moves: one log entry each; each company's version went up once per move, and it stands where the last move put it.
  const movesLogged = await scalar(sql, `SELECT count(*)::int FROM stage_changes WHERE from_stage_id IS NOT NULL AND changed_by_id = ANY($1::uuid[]) AND changed_at >= $2`, [userIds, since]);
  checkExtra(problems, 'stage moves', movesLogged, ledger.moves.length, ledger.inDoubt.moves, exact);
  const movesByCompany = new Map<string, { version: number; stageId: string }[]>();
  for (const m of ledger.moves) movesByCompany.set(m.prospectId, [...(movesByCompany.get(m.prospectId) ?? []), m]);
  const now = new Map(
    (await sql<{ id: string; version: number; stage_id: string }>(`SELECT id, version, stage_id FROM prospects WHERE id = ANY($1::uuid[])`, [[...movesByCompany.keys()]])).map((r) => [r.id, r]),
  );
  for (const [id, moves] of movesByCompany) {
    const row = now.get(id);
    const last = moves.reduce((a, b) => (b.version > a.version ? b : a));
    const before = options.versionsBefore.get(id) ?? 1; // created during the drill: version 1
    if (!row) problems.push(`moved company ${id} is gone`);
    else if (exact && row.version !== before + moves.length) problems.push(`company ${id}: version ${row.version}, expected ${before} + ${moves.length} acknowledged moves`);
    else if (row.version < last.version) problems.push(`company ${id}: version ${row.version} is below the acknowledged ${last.version}`);
    else if (row.version === last.version && row.stage_id !== last.stageId) problems.push(`company ${id} is not in the stage its last acknowledged move put it in`);
  }

  return {
    problems,
    figures: {
      companies: { acknowledged: ledger.companies.size, stored: companiesByDrill },
      meetings: { acknowledged: ledger.meetings.size, stored: meetingsByDrill, minutesIdentical },
      moves: { acknowledged: ledger.moves.length, logged: movesLogged },
    },
  };
}

function checkExtra(problems: string[], what: string, stored: number, acknowledged: number, inDoubt: number, exact: boolean): void {
  if (stored < acknowledged) problems.push(`${what}: ${acknowledged} acknowledged but only ${stored} stored`);
  else if (exact && stored !== acknowledged) problems.push(`${what}: ${stored} stored but ${acknowledged} acknowledged`);
  else if (stored - acknowledged > inDoubt) problems.push(`${what}: ${stored - acknowledged} stored beyond the acknowledged, more than the ${inDoubt} in doubt`);
}
