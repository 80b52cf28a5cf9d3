import type { Database } from '../../src/shared/database/database';

/**
 * A scripted history for the statistics tests, written straight to the
 * database at fixed times. A bare date means 12:00 UTC (13:00/14:00 in Oslo,
 * the same calendar day), so durations between bare dates are whole days.
 */
export const at = (when: string) => (when.length === 10 ? `${when}T12:00:00Z` : when);
const DAY_MS = 86_400_000;
/** Days from `when` until now, for entries that last "until now". */
export const daysSince = (when: string) => (Date.now() - Date.parse(at(when))) / DAY_MS;

type StageKey = 'IDENTIFIED' | 'CONTACTED' | 'DIALOGUE' | 'CONSIDERING' | 'DECISION' | 'WON' | 'LOST';
type AreaKey = 'BIOECONOMY' | 'BIOECONOMY_PHARMA' | 'DEFENCE_LOGISTICS' | 'PUBLIC_HEALTH';
type GroupKey = 'EXPANDING_COMPANY' | 'COST_SEEKING_SME' | 'PUBLIC_RELOCATION' | 'LOCAL_GROWTH';

export interface CompanySpec {
  areas: AreaKey[];
  group: GroupKey | null;
  municipality: string | null;
  estimatedJobs: number | null;
  /** Set on WON companies, as moveProspect does (and cleared on reopening). */
  realizedJobs?: number;
  newResidents?: number;
  archivedAt?: string;
  /** The stage-change log; created at the first entry, current stage = the last entry. */
  log: [StageKey, string][];
}

/** Inserts a company with its stage-change log; returns its id. */
export async function insertCompany(db: Database, name: string, spec: CompanySpec): Promise<string> {
  const q = (sql: string, params: unknown[]) => db.dataSource.query(sql, params);
  const stages = Object.fromEntries((await q(`SELECT key, id FROM stages`, [])).map((r: any) => [r.key, r.id]));
  const areas = Object.fromEntries((await q(`SELECT key, id FROM focus_areas`, [])).map((r: any) => [r.key, r.id]));
  const [current, lastAt] = spec.log[spec.log.length - 1]!;
  const [row] = await q(
    `INSERT INTO prospects (name, stage_id, created_at, last_activity_at, target_group, target_municipality,
                            estimated_jobs, realized_jobs, new_residents, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      name, stages[current], at(spec.log[0]![1]), at(lastAt), spec.group, spec.municipality,
      spec.estimatedJobs, spec.realizedJobs ?? null, spec.newResidents ?? null, spec.archivedAt ? at(spec.archivedAt) : null,
    ],
  );
  for (const area of spec.areas) await q(`INSERT INTO prospect_focus_areas (prospect_id, focus_area_id) VALUES ($1, $2)`, [row.id, areas[area]]);
  await q(
    `INSERT INTO stage_changes (prospect_id, from_stage_id, to_stage_id, changed_at)
     SELECT $1, e.from_id, e.to_id, e.at FROM unnest($2::uuid[], $3::uuid[], $4::timestamptz[]) AS e(from_id, to_id, at)`,
    [
      row.id,
      spec.log.map((_, i) => (i === 0 ? null : stages[spec.log[i - 1]![0]])),
      spec.log.map(([stage]) => stages[stage]),
      spec.log.map(([, when]) => at(when)),
    ],
  );
  return row.id;
}

/** Inserts a meeting concerning the named companies (none: e.g. a political meeting). */
export async function insertMeeting(db: Database, kind: string, when: string, companyIds: string[]): Promise<void> {
  const [row] = await db.dataSource.query(`INSERT INTO meetings (kind, starts_at) VALUES ($1, $2) RETURNING id`, [kind, at(when)]);
  for (const id of companyIds) await db.dataSource.query(`INSERT INTO meeting_prospects (meeting_id, prospect_id) VALUES ($1, $2)`, [row.id, id]);
}

/**
 * Twenty-one companies, 2014–2018. Stages: I(dentified) 1 · C(ontacted) 2 ·
 * D(ialogue) 3 · V (considering) 4 · B (decision) 5 · WON · LOST.
 * Probabilities 5/10/25/50/75 %. Focus areas BIO, PHA(rma), DEF(ence), HEL(th).
 */
export const companies: Record<string, CompanySpec> = {
  // I C D V B W — won 2016-05-01.
  Alfa: { areas: ['BIOECONOMY', 'BIOECONOMY_PHARMA'], group: 'EXPANDING_COMPANY', municipality: '3420', estimatedJobs: 20, realizedJobs: 25, newResidents: 40,
    log: [['IDENTIFIED', '2015-08-01'], ['CONTACTED', '2015-09-01'], ['DIALOGUE', '2015-10-01'], ['CONSIDERING', '2016-01-10'], ['DECISION', '2016-03-01'], ['WON', '2016-05-01']] },
  // Skips CONTACTED; lost after dialogue. Realized jobs typed in on a lost company never count.
  Beta: { areas: ['DEFENCE_LOGISTICS'], group: 'PUBLIC_RELOCATION', municipality: '3422', estimatedJobs: 50, realizedJobs: 3,
    log: [['IDENTIFIED', '2015-09-15'], ['DIALOGUE', '2015-11-01'], ['LOST', '2016-02-01']] },
  // Open in dialogue.
  Cirkel: { areas: ['PUBLIC_HEALTH', 'BIOECONOMY'], group: 'LOCAL_GROWTH', municipality: '3419', estimatedJobs: 10,
    log: [['IDENTIFIED', '2016-01-05'], ['CONTACTED', '2016-02-05'], ['DIALOGUE', '2016-04-05']] },
  // Skips DIALOGUE, won 2016-12-01, reopened into DIALOGUE 2017-03-01: no longer established (its 12 jobs left over don't count).
  Delta: { areas: ['DEFENCE_LOGISTICS', 'BIOECONOMY'], group: 'COST_SEEKING_SME', municipality: '3420', estimatedJobs: 30, realizedJobs: 12,
    log: [['IDENTIFIED', '2016-02-01'], ['CONTACTED', '2016-03-01'], ['CONSIDERING', '2016-06-01'], ['DECISION', '2016-09-01'], ['WON', '2016-12-01'], ['DIALOGUE', '2017-03-01']] },
  // Lost after considering; archived.
  Eik: { areas: ['BIOECONOMY_PHARMA'], group: 'EXPANDING_COMPANY', municipality: '3422', estimatedJobs: 40, archivedAt: '2017-01-01',
    log: [['IDENTIFIED', '2016-03-10'], ['CONTACTED', '2016-04-10'], ['DIALOGUE', '2016-05-10'], ['CONSIDERING', '2016-08-10'], ['LOST', '2016-11-10']] },
  // Created directly in CONTACTED, jumps to DECISION, won 2017-01-20.
  Fjell: { areas: ['DEFENCE_LOGISTICS'], group: 'PUBLIC_RELOCATION', municipality: '3422', estimatedJobs: 100, realizedJobs: 80, newResidents: 60,
    log: [['CONTACTED', '2016-04-20'], ['DECISION', '2016-10-20'], ['WON', '2017-01-20']] },
  // Never moved.
  Gran: { areas: ['PUBLIC_HEALTH'], group: 'LOCAL_GROWTH', municipality: '3420', estimatedJobs: 5,
    log: [['IDENTIFIED', '2016-06-01']] },
  // Lost 2016-09-01, reopened, won 2017-09-01 (its log never entered CONSIDERING or DECISION).
  Hav: { areas: ['BIOECONOMY'], group: 'COST_SEEKING_SME', municipality: '3419', estimatedJobs: 8, realizedJobs: 6, newResidents: 10,
    log: [['IDENTIFIED', '2016-07-01'], ['CONTACTED', '2016-08-01'], ['LOST', '2016-09-01'], ['IDENTIFIED', '2017-02-01'], ['CONTACTED', '2017-04-01'], ['DIALOGUE', '2017-06-01'], ['WON', '2017-09-01']] },
  // Open in CONSIDERING but archived: out of the pipeline, still in the statistics.
  Iris: { areas: ['BIOECONOMY_PHARMA', 'PUBLIC_HEALTH'], group: 'EXPANDING_COMPANY', municipality: '3420', estimatedJobs: 15, archivedAt: '2017-06-01',
    log: [['IDENTIFIED', '2016-10-01'], ['DIALOGUE', '2016-11-01'], ['CONSIDERING', '2017-01-15']] },
  // Created 2017-01-01 00:30 and won 2018-01-01 00:30 Oslo time (23:30 UTC the day before); old Åmot number 0429.
  Jord: { areas: ['BIOECONOMY', 'DEFENCE_LOGISTICS'], group: 'LOCAL_GROWTH', municipality: '0429', estimatedJobs: 12, realizedJobs: 10, newResidents: 15,
    log: [['IDENTIFIED', '2016-12-31T23:30:00Z'], ['CONTACTED', '2017-02-15'], ['WON', '2017-12-31T23:30:00Z']] },
  // Lost at the decision.
  Kilde: { areas: ['PUBLIC_HEALTH'], group: 'PUBLIC_RELOCATION', municipality: '3419', estimatedJobs: 20,
    log: [['IDENTIFIED', '2017-01-10'], ['CONTACTED', '2017-02-10'], ['DIALOGUE', '2017-03-10'], ['CONSIDERING', '2017-05-10'], ['DECISION', '2017-07-10'], ['LOST', '2017-10-10']] },
  // Open in DECISION.
  Lys: { areas: ['DEFENCE_LOGISTICS'], group: 'EXPANDING_COMPANY', municipality: '3422', estimatedJobs: 60,
    log: [['IDENTIFIED', '2017-04-01'], ['CONTACTED', '2017-05-01'], ['DIALOGUE', '2017-07-01'], ['CONSIDERING', '2017-10-01'], ['DECISION', '2018-01-15']] },
  // Won 2018-02-01, archived after.
  Mose: { areas: ['BIOECONOMY', 'BIOECONOMY_PHARMA'], group: 'COST_SEEKING_SME', municipality: '3420', estimatedJobs: 25, realizedJobs: 30, newResidents: 45, archivedAt: '2018-03-01',
    log: [['IDENTIFIED', '2017-06-01'], ['DIALOGUE', '2017-08-01'], ['WON', '2018-02-01']] },
  Nord: { areas: ['PUBLIC_HEALTH', 'DEFENCE_LOGISTICS'], group: 'LOCAL_GROWTH', municipality: '3420', estimatedJobs: 3,
    log: [['IDENTIFIED', '2018-01-05'], ['CONTACTED', '2018-03-05']] },
  // Lost after dialogue, closing date 2016-01-20.
  Oase: { areas: ['BIOECONOMY_PHARMA'], group: 'EXPANDING_COMPANY', municipality: '3419', estimatedJobs: 18,
    log: [['IDENTIFIED', '2015-07-15'], ['CONTACTED', '2015-08-15'], ['DIALOGUE', '2015-12-15'], ['LOST', '2016-01-20']] },
  // Won from CONSIDERING (skips DECISION).
  Polar: { areas: ['DEFENCE_LOGISTICS'], group: 'COST_SEEKING_SME', municipality: '3420', estimatedJobs: 35, realizedJobs: 40, newResidents: 30,
    log: [['IDENTIFIED', '2015-10-10'], ['CONTACTED', '2015-12-01'], ['DIALOGUE', '2016-02-15'], ['CONSIDERING', '2016-05-15'], ['WON', '2016-08-15']] },
  // No target group, no municipality; lost straight from IDENTIFIED.
  Qvist: { areas: ['BIOECONOMY'], group: null, municipality: null, estimatedJobs: null,
    log: [['IDENTIFIED', '2016-05-05'], ['LOST', '2016-06-05']] },
  Ras: { areas: ['PUBLIC_HEALTH'], group: null, municipality: '3422', estimatedJobs: 7,
    log: [['IDENTIFIED', '2018-05-01'], ['CONTACTED', '2018-06-01']] },
  // Created before the programme (2014), won 2016-02-10.
  Sild: { areas: ['DEFENCE_LOGISTICS'], group: 'COST_SEEKING_SME', municipality: '3419', estimatedJobs: 5, realizedJobs: 5, newResidents: 2,
    log: [['IDENTIFIED', '2014-12-01'], ['DIALOGUE', '2015-03-01'], ['WON', '2016-02-10']] },
  // Lost 2016-03-01, reopened, lost again 2017-02-01: the closing date is the second loss.
  Urd: { areas: ['PUBLIC_HEALTH'], group: 'LOCAL_GROWTH', municipality: '3419', estimatedJobs: 9,
    log: [['IDENTIFIED', '2015-11-01'], ['LOST', '2016-03-01'], ['CONTACTED', '2016-10-01'], ['LOST', '2017-02-01']] },
  // Straight from IDENTIFIED to WON, 2017-03-05.
  Tind: { areas: ['BIOECONOMY'], group: 'COST_SEEKING_SME', municipality: '3419', estimatedJobs: 4, realizedJobs: 3, newResidents: 4,
    log: [['IDENTIFIED', '2017-01-03'], ['WON', '2017-03-05']] },
};

/** Meetings: [kind, time, companies]. */
export const meetings: [string, string, string[]][] = [
  ['OTHER', '2015-06-20', ['Oase']], // before the programme period
  ['OTHER', '2016-01-01', []], // the first day of 2016
  ['DIALOGUE_MEETING', '2016-01-20', ['Alfa']],
  ['DIALOGUE_MEETING', '2016-01-25', ['Cirkel']],
  ['SITE_VISIT', '2016-02-10', ['Delta']],
  ['NETWORK_MEETING', '2016-03-15', ['Alfa', 'Beta', 'Cirkel']],
  ['PHONE_CALL', '2016-03-31T22:30:00Z', ['Fjell']], // 2016-04-01 00:30 in Oslo (summer time)
  ['SITE_VISIT', '2016-05-20', ['Eik']],
  ['POLITICAL_MEETING', '2016-06-10', []],
  ['SITE_VISIT', '2016-06-15', ['Gran']],
  ['DIALOGUE_MEETING', '2016-09-20', ['Delta', 'Polar']],
  ['NETWORK_MEETING', '2016-11-15', []],
  ['PHONE_CALL', '2016-12-31', ['Gran']], // the last day of 2016
  ['DIALOGUE_MEETING', '2016-12-31T23:30:00Z', ['Jord']], // 2017-01-01 00:30 in Oslo
  ['DIALOGUE_MEETING', '2017-02-01', ['Kilde']],
  ['NETWORK_MEETING', '2017-05-05', ['Lys', 'Mose']],
  ['NETWORK_MEETING', '2018-09-01', []], // after the programme period
  ['PHONE_CALL', '2029-06-01', []], // planned, in the future
];

/** Inserts the whole history; returns company ids by name. */
export async function insertHistory(db: Database): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [name, spec] of Object.entries(companies)) ids[name] = await insertCompany(db, name, spec);
  for (const [kind, when, names] of meetings) await insertMeeting(db, kind, when, names.map((n) => ids[n]!));
  return ids;
}
