import { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/app/build-schema';
import { orgNumberCheckDigit } from '../../src/modules/prospect/org-number';
import type { Viewer } from '../../src/modules/auth/viewer';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createLoginUser } from '../support/http-client';
import { createTestDatabase } from '../support/test-database';

/**
 * Every root operation × every caller, checked against the design's role
 * matrix. A new operation without a rule here fails the first test.
 */
type Caller = 'ANONYMOUS' | 'BOARD' | 'MEMBER' | 'LEADER' | 'ADMIN';
const callers: Caller[] = ['ANONYMOUS', 'BOARD', 'MEMBER', 'LEADER', 'ADMIN'];
const PUBLIC: Caller[] = callers;
const SIGNED_IN: Caller[] = ['BOARD', 'MEMBER', 'LEADER', 'ADMIN'];
const READ_PIPELINE: Caller[] = ['BOARD', 'MEMBER', 'LEADER', 'ADMIN'];
const USERS: Caller[] = ['ADMIN'];
const SETTINGS: Caller[] = ['LEADER', 'ADMIN'];
const WRITE_PIPELINE: Caller[] = ['MEMBER', 'LEADER', 'ADMIN'];
const PERSONAL_DATA: Caller[] = ['MEMBER', 'LEADER', 'ADMIN'];

/** A fresh company and its version, for mutations that edit one. */
async function freshProspect(s: Setup) {
  const id = await factories(s.db).prospect({ name: `Matrise ${unique()} AS` });
  return { id, version: 1 };
}
async function freshContact(s: Setup) {
  const [row] = await s.db.dataSource.query(`INSERT INTO contacts (prospect_id, name) VALUES ($1, 'Kari Berg') RETURNING id`, [s.prospectId]);
  return row.id as string;
}
/** A register entity that is not a company yet, under a random valid organisation number. */
async function freshRegisterCompany(s: Setup) {
  let orgNumber = '';
  while (!orgNumber) {
    const base = `9${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const check = orgNumberCheckDigit(base);
    if (check !== null) orgNumber = `${base}${check}`;
  }
  await s.db.dataSource.query(
    `INSERT INTO register_entities (org_number, name, bankrupt, under_liquidation, content_hash, imported_at) VALUES ($1, 'Register AS', false, false, 'x', now())`,
    [orgNumber],
  );
  return orgNumber;
}
async function freshTarget(s: Setup) {
  const [row] = await s.db.dataSource.query(`INSERT INTO targets (metric, period_start, period_end, value) VALUES ('JOBS', '2019-01-01', '2019-12-31', 5) RETURNING id`);
  return row.id as string;
}
async function freshFocusArea(s: Setup) {
  const n = unique();
  const [row] = await s.db.dataSource.query(
    `INSERT INTO focus_areas (key, name_nb, name_en, color, position) VALUES ($1, $2, $3, '#123456', 100) RETURNING id`,
    [`MATRIX_${n}`, `Matrise ${n}`, `Matrix ${n}`],
  );
  return row.id as string;
}
async function freshMeeting(s: Setup) {
  const [row] = await s.db.dataSource.query(`INSERT INTO meetings (kind, starts_at) VALUES ('PHONE_CALL', now()) RETURNING id`);
  return row.id as string;
}

interface Rule {
  allowed: Caller[];
  /** The operation, and variables made fresh for each call (mutations change state). */
  operation: (s: Setup) => Promise<{ query: string; variables?: Record<string, unknown> }> | { query: string; variables?: Record<string, unknown> };
}

interface Setup {
  db: Database;
  prospectId: string;
  viewers: Record<Exclude<Caller, 'ANONYMOUS'>, Viewer>;
}

let n = 0;
const unique = () => `${Date.now()}${n++}`;

const rules: Record<string, Rule> = {
  // Queries
  me: { allowed: PUBLIC, operation: () => ({ query: '{ me { id } }' }) },
  prospects: { allowed: READ_PIPELINE, operation: () => ({ query: '{ prospects { totalCount } }' }) },
  prospect: { allowed: READ_PIPELINE, operation: (s) => ({ query: 'query($id: ID!) { prospect(id: $id) { id } }', variables: { id: s.prospectId } }) },
  pipeline: { allowed: READ_PIPELINE, operation: () => ({ query: '{ pipeline { columns { count } } }' }) },
  pipelineCards: {
    allowed: READ_PIPELINE,
    operation: async (s) => {
      const [stage] = await s.db.dataSource.query(`SELECT id FROM stages WHERE key = 'IDENTIFIED'`);
      return { query: 'query($id: ID!) { pipelineCards(stageId: $id) { totalCount } }', variables: { id: stage.id } };
    },
  },
  // Neither reaches the register: an invalid number and a page beyond the limit are answered locally.
  registerLookup: { allowed: WRITE_PIPELINE, operation: () => ({ query: '{ registerLookup(orgNumber: "123456789") { status } }' }) },
  registerSearch: { allowed: WRITE_PIPELINE, operation: () => ({ query: '{ registerSearch(name: "as", page: 500) { status } }' }) },
  savedViews: { allowed: READ_PIPELINE, operation: () => ({ query: '{ savedViews { id } }' }) },
  defaultView: { allowed: READ_PIPELINE, operation: () => ({ query: '{ defaultView { id } }' }) },
  saveView: {
    allowed: READ_PIPELINE,
    operation: () => ({ query: 'mutation($i: SaveViewInput!) { saveView(input: $i) { id } }', variables: { i: { name: 'Visning', filter: {} } } }),
  },
  updateView: {
    allowed: READ_PIPELINE,
    // A personal view of MEMBER's: past the guard, other callers get NOT_FOUND (saved-views.test.ts).
    operation: async (s) => ({ query: 'mutation($i: UpdateViewInput!) { updateView(input: $i) { id } }', variables: { i: { id: await ownView(s), version: 1, name: 'Ny' } } }),
  },
  deleteView: {
    allowed: READ_PIPELINE,
    operation: async (s) => ({ query: 'mutation($id: ID!) { deleteView(id: $id, version: 1) }', variables: { id: await ownView(s) } }),
  },
  setDefaultView: { allowed: READ_PIPELINE, operation: () => ({ query: 'mutation { setDefaultView(id: null) { id } }' }) },
  statistics: {
    allowed: READ_PIPELINE,
    operation: () => ({ query: '{ statistics(period: { from: "2016-01-01", to: "2016-12-31" }) { winRate activeCompanies } }' }),
  },
  targetProgress: { allowed: READ_PIPELINE, operation: () => ({ query: '{ targetProgress { value } }' }) },
  createTarget: {
    allowed: SETTINGS,
    operation: () => ({
      query: 'mutation($i: CreateTargetInput!) { createTarget(input: $i) { id } }',
      variables: { i: { metric: 'JOBS', periodStart: '2019-01-01', periodEnd: '2019-12-31', value: 10 } },
    }),
  },
  updateTarget: {
    allowed: SETTINGS,
    operation: async (s) => ({ query: 'mutation($i: UpdateTargetInput!) { updateTarget(input: $i) { id } }', variables: { i: { id: await freshTarget(s), version: 1, value: 20 } } }),
  },
  retireTarget: {
    allowed: SETTINGS,
    operation: async (s) => ({ query: 'mutation($id: ID!) { retireTarget(id: $id, version: 1) { id } }', variables: { id: await freshTarget(s) } }),
  },
  createFocusArea: {
    allowed: SETTINGS,
    operation: () => {
      const n = unique();
      return { query: 'mutation($i: CreateFocusAreaInput!) { createFocusArea(input: $i) { id } }', variables: { i: { nameNb: `Ny ${n}`, nameEn: `New ${n}`, color: '#abcdef' } } };
    },
  },
  updateFocusArea: {
    allowed: SETTINGS,
    operation: async (s) => ({ query: 'mutation($i: UpdateFocusAreaInput!) { updateFocusArea(input: $i) { id } }', variables: { i: { id: await freshFocusArea(s), version: 1, color: '#fedcba' } } }),
  },
  updateStage: {
    allowed: SETTINGS,
    // Stages are fixed in number: edit one with the version it has now.
    operation: async (s) => {
      const [stage] = await s.db.dataSource.query(`SELECT id, version FROM stages WHERE key = 'DIALOGUE'`);
      return { query: 'mutation($i: UpdateStageInput!) { updateStage(input: $i) { id } }', variables: { i: { id: stage.id, version: stage.version, staleAfterDays: 30 } } };
    },
  },
  prospectCandidates: { allowed: PERSONAL_DATA, operation: () => ({ query: '{ prospectCandidates(first: 5) { totalCount } }' }) },
  lastRegisterImport: { allowed: SETTINGS, operation: () => ({ query: '{ lastRegisterImport { id status } }' }) },
  previewCompanyImport: {
    allowed: WRITE_PIPELINE,
    operation: () => ({ query: 'query($csv: String!) { previewCompanyImport(csv: $csv) { rowCount canCommit } }', variables: { csv: 'Navn\nMatrise AS\n' } }),
  },
  exportPerson: {
    allowed: SETTINGS,
    operation: async (s) => ({ query: 'query($id: ID!) { exportPerson(contactId: $id) }', variables: { id: await freshContact(s) } }),
  },
  retentionSettings: { allowed: SETTINGS, operation: () => ({ query: '{ retentionSettings { months version } }' }) },
  createProspectFromRegister: {
    allowed: WRITE_PIPELINE,
    operation: async (s) => ({ query: 'mutation($o: String!) { createProspectFromRegister(orgNumber: $o) { id } }', variables: { o: await freshRegisterCompany(s) } }),
  },
  commitCompanyImport: {
    allowed: WRITE_PIPELINE,
    operation: () => ({
      query: 'mutation($csv: String!, $k: String!) { commitCompanyImport(csv: $csv, duplicates: SKIP, idempotencyKey: $k) { created } }',
      variables: { csv: `Navn\nMatrise ${unique()} AS\n`, k: `matrise-${unique()}` },
    }),
  },
  erasePerson: {
    allowed: SETTINGS,
    operation: async (s) => ({ query: 'mutation($id: ID!) { erasePerson(contactId: $id, version: 1) { contactId } }', variables: { id: await freshContact(s) } }),
  },
  updateRetentionSettings: {
    allowed: SETTINGS,
    operation: async (s) => {
      const [row] = await s.db.dataSource.query(`SELECT version FROM app_settings WHERE key = 'retention'`);
      return { query: 'mutation($v: Int!) { updateRetentionSettings(months: null, version: $v) { version } }', variables: { v: row.version } };
    },
  },
  // No rule is set (months null), so this erases nothing.
  applyRetention: { allowed: SETTINGS, operation: () => ({ query: 'mutation { applyRetention { erasedContactIds } }' }) },
  focusAreas: { allowed: READ_PIPELINE, operation: () => ({ query: '{ focusAreas { id } }' }) },
  stages: { allowed: READ_PIPELINE, operation: () => ({ query: '{ stages { id } }' }) },
  targets: { allowed: READ_PIPELINE, operation: () => ({ query: '{ targets { id } }' }) },
  municipalities: { allowed: READ_PIPELINE, operation: () => ({ query: '{ municipalities { number } }' }) },
  users: { allowed: READ_PIPELINE, operation: () => ({ query: '{ users { id name } }' }) },
  auditEntries: { allowed: USERS, operation: () => ({ query: '{ auditEntries { totalCount } }' }) },
  meeting: {
    allowed: PERSONAL_DATA,
    operation: async (s) => ({ query: 'query($id: ID!) { meeting(id: $id) { id minutes } }', variables: { id: await freshMeeting(s) } }),
  },
  myFollowUps: { allowed: PERSONAL_DATA, operation: () => ({ query: '{ myFollowUps { overdue { id } thisWeek { id } later { id } } }' }) },
  upcomingMeetings: { allowed: PERSONAL_DATA, operation: () => ({ query: '{ upcomingMeetings { id } }' }) },
  // Mutations
  createProspect: {
    allowed: WRITE_PIPELINE,
    operation: () => ({ query: 'mutation($i: CreateProspectInput!) { createProspect(input: $i) { id } }', variables: { i: { name: `Ny ${unique()} AS` } } }),
  },
  updateProspect: {
    allowed: WRITE_PIPELINE,
    operation: async (s) => {
      const p = await freshProspect(s);
      return { query: 'mutation($i: UpdateProspectInput!) { updateProspect(input: $i) { id } }', variables: { i: { ...p, estimatedJobs: 5 } } };
    },
  },
  moveProspect: {
    allowed: WRITE_PIPELINE,
    operation: async (s) => {
      const p = await freshProspect(s);
      const [stage] = await s.db.dataSource.query(`SELECT id FROM stages WHERE key = 'CONTACTED'`);
      return { query: 'mutation($i: MoveProspectInput!) { moveProspect(input: $i) { id } }', variables: { i: { ...p, stageId: stage.id } } };
    },
  },
  archiveProspect: {
    allowed: WRITE_PIPELINE,
    operation: async (s) => ({ query: 'mutation($id: ID!, $v: Int!) { archiveProspect(id: $id, version: $v) { id } }', variables: { ...(await freshProspect(s)), v: 1 } }),
  },
  restoreProspect: {
    allowed: WRITE_PIPELINE,
    operation: async (s) => {
      const { id } = await freshProspect(s);
      await s.db.dataSource.query(`UPDATE prospects SET archived_at = now() WHERE id = $1`, [id]);
      return { query: 'mutation($id: ID!, $v: Int!) { restoreProspect(id: $id, version: $v) { id } }', variables: { id, v: 1 } };
    },
  },
  createContact: {
    allowed: PERSONAL_DATA,
    operation: (s) => ({ query: 'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }', variables: { i: { prospectId: s.prospectId, name: 'Ola Moen' } } }),
  },
  updateContact: {
    allowed: PERSONAL_DATA,
    operation: async (s) => ({ query: 'mutation($i: UpdateContactInput!) { updateContact(input: $i) { id } }', variables: { i: { id: await freshContact(s), version: 1, title: 'Daglig leder' } } }),
  },
  deleteContact: {
    allowed: PERSONAL_DATA,
    operation: async (s) => ({ query: 'mutation($id: ID!) { deleteContact(id: $id, version: 1) }', variables: { id: await freshContact(s) } }),
  },
  createMeeting: {
    allowed: PERSONAL_DATA,
    operation: (s) => ({
      query: 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }',
      variables: { i: { kind: 'PHONE_CALL', startsAt: '2026-11-20T10:00:00+01:00', prospectIds: [s.prospectId] } },
    }),
  },
  updateMeeting: {
    allowed: PERSONAL_DATA,
    operation: async (s) => ({ query: 'mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id } }', variables: { i: { id: await freshMeeting(s), version: 1, followUpDone: true } } }),
  },
  deleteMeeting: {
    allowed: PERSONAL_DATA,
    operation: async (s) => ({ query: 'mutation($id: ID!) { deleteMeeting(id: $id, version: 1) }', variables: { id: await freshMeeting(s) } }),
  },
  login: {
    allowed: PUBLIC,
    operation: async (s) => {
      const user = await createLoginUser(s.db, 'MEMBER');
      return { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', variables: { e: user.email, p: user.password } };
    },
  },
  logout: { allowed: PUBLIC, operation: () => ({ query: 'mutation { logout }' }) },
  changePassword: {
    allowed: SIGNED_IN,
    // The test users have no password: a signed-in caller gets BAD_USER_INPUT, which is past the guard.
    operation: () => ({ query: 'mutation { changePassword(currentPassword: "feil-passord", newPassword: "et-nytt-passord-123") }' }),
  },
  createUser: {
    allowed: USERS,
    operation: () => ({
      query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } temporaryPassword } }',
      variables: { i: { name: 'Ny Bruker', email: `ny-${unique()}@magnet.example`, role: 'MEMBER' } },
    }),
  },
  updateUser: {
    allowed: USERS,
    operation: async (s) => {
      const user = await createLoginUser(s.db, 'MEMBER');
      return { query: 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id role } }', variables: { i: { id: user.id, version: 1, role: 'LEADER' } } };
    },
  },
  resetUserPassword: {
    allowed: USERS,
    operation: async (s) => {
      const user = await createLoginUser(s.db, 'MEMBER');
      return { query: 'mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }', variables: { id: user.id } };
    },
  },
};

/** Operations whose allowed callers may still get a domain error (but never a guard error). */
const domainErrorsAllowed = new Set(['changePassword', 'updateView', 'deleteView']);

/** A personal view owned by the MEMBER caller. */
async function ownView(s: Setup) {
  const [row] = await s.db.dataSource.query(`INSERT INTO saved_views (owner_id, name) VALUES ($1, 'Matrise') RETURNING id`, [s.viewers.MEMBER.id]);
  return row.id as string;
}

let setup: Setup;
let client: Awaited<ReturnType<typeof createTestClient>>;

beforeAll(async () => {
  const db = await createTestDatabase();
  const prospectId = await factories(db).prospect({ name: 'Matrise AS' });
  setup = {
    db,
    prospectId,
    viewers: {
      BOARD: await signedIn(db, 'BOARD'),
      MEMBER: await signedIn(db, 'MEMBER'),
      LEADER: await signedIn(db, 'LEADER'),
      ADMIN: await signedIn(db, 'ADMIN'),
    },
  };
  client = await createTestClient(db, null);
});
afterAll(async () => {
  await client.stop();
  await setup.db.close();
});

describe('authorization matrix', () => {
  it('has a rule for every query and mutation of the schema', async () => {
    const schema = await buildSchema();
    const operations = [schema.getQueryType(), schema.getMutationType()]
      .filter((t): t is GraphQLObjectType => !!t)
      .flatMap((t) => Object.keys(t.getFields()));
    expect(operations.filter((name) => !rules[name]), 'operations without a rule in this test').toEqual([]);
    expect(Object.keys(rules).filter((name) => !operations.includes(name)), 'rules for operations that no longer exist').toEqual([]);
  });

  for (const [name, rule] of Object.entries(rules)) {
    for (const caller of callers) {
      const allowed = rule.allowed.includes(caller);
      const expected = allowed ? 'data' : caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      it(`${name} as ${caller} → ${expected}`, async () => {
        const { query, variables } = await rule.operation(setup);
        const viewer = caller === 'ANONYMOUS' ? null : setup.viewers[caller];
        const result = await client.as(viewer).execute(query, variables);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (!allowed) {
          expect(codes).toEqual([expected]);
          expect(result.data?.[name] ?? null).toBeNull();
        } else if (domainErrorsAllowed.has(name)) {
          expect(codes).not.toContain('UNAUTHENTICATED');
          expect(codes).not.toContain('FORBIDDEN');
        } else {
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          expect(result.data?.[name]).toBeDefined();
        }
      });
    }
  }
});

describe('field-level rules', () => {
  it('lets only ADMIN list inactive users', async () => {
    const query = '{ users(includeInactive: true) { id } }';
    expect(await client.as(setup.viewers.LEADER).errorCodes(query)).toEqual(['FORBIDDEN']);
    expect(await client.as(setup.viewers.ADMIN).errorCodes(query)).toEqual([]);
  });

  it('closes contact persons, meetings and the timeline of a company to BOARD', async () => {
    for (const field of ['contacts { name }', 'meetings { minutes }', 'timeline { __typename }']) {
      const query = `query($id: ID!) { prospect(id: $id) { name ${field} } }`;
      const result = await client.as(setup.viewers.BOARD).execute(query, { id: setup.prospectId });
      expect(result.errors?.map((e) => e.extensions?.code), field).toEqual(['FORBIDDEN']);
      expect(await client.as(setup.viewers.MEMBER).errorCodes(query, { id: setup.prospectId })).toEqual([]);
    }
  });

  it('never exposes password hashes', async () => {
    const schema = await buildSchema();
    const user = schema.getType('User') as GraphQLObjectType;
    expect(Object.keys(user.getFields()).filter((f) => /password/i.test(f))).toEqual([]);
  });
});
