import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer';
import { orgNumberCheckDigit } from '../../src/modules/prospect/org-number';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createDataTestDatabase } from './support/data-database';

vi.mock('../../src/shared/database/entities', async (io) => (await import('./support/data-modules.js')).withDataEntities(io as any));
vi.mock('../../src/shared/database/migrations', async (io) => (await import('./support/data-modules.js')).withDataMigrations(io as any));
vi.mock('../../src/app/build-schema', async (io) => (await import('./support/data-modules.js')).withDataResolvers(io as any));

/**
 * The data operations × every caller, with the rules in the shape of
 * test/auth/authorization-matrix.test.ts (to be copied there once the
 * resolvers are listed in build-schema.ts).
 */
type Caller = 'ANONYMOUS' | 'BOARD' | 'MEMBER' | 'LEADER' | 'ADMIN';
const callers: Caller[] = ['ANONYMOUS', 'BOARD', 'MEMBER', 'LEADER', 'ADMIN'];
const WRITE_PIPELINE: Caller[] = ['MEMBER', 'LEADER', 'ADMIN'];
const PERSONAL_DATA: Caller[] = ['MEMBER', 'LEADER', 'ADMIN'];
const SETTINGS: Caller[] = ['LEADER', 'ADMIN'];

interface Setup {
  db: Database;
  prospectId: string;
}
interface Rule {
  allowed: Caller[];
  operation: (s: Setup) => Promise<{ query: string; variables?: Record<string, unknown> }> | { query: string; variables?: Record<string, unknown> };
}

let n = 0;
const unique = () => `${Date.now()}${n++}`;
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

const rules: Record<string, Rule> = {
  // Queries
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
  // Mutations
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
};

let setup: Setup;
let viewers: Record<Exclude<Caller, 'ANONYMOUS'>, Viewer>;
let client: Awaited<ReturnType<typeof createTestClient>>;

beforeAll(async () => {
  const db = await createDataTestDatabase();
  setup = { db, prospectId: await factories(db).prospect({ name: 'Matrise AS' }) };
  viewers = { BOARD: await signedIn(db, 'BOARD'), MEMBER: await signedIn(db, 'MEMBER'), LEADER: await signedIn(db, 'LEADER'), ADMIN: await signedIn(db, 'ADMIN') };
  client = await createTestClient(db, null);
});
afterAll(async () => {
  await client.stop();
  await setup.db.close();
});

describe('data operations × roles', () => {
  for (const [name, rule] of Object.entries(rules)) {
    for (const caller of callers) {
      const allowed = rule.allowed.includes(caller);
      const expected = allowed ? 'data' : caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      it(`${name} as ${caller} → ${expected}`, async () => {
        const { query, variables } = await rule.operation(setup);
        const result = await client.as(caller === 'ANONYMOUS' ? null : viewers[caller]).execute(query, variables);
        if (!allowed) {
          expect((result.errors ?? []).map((e) => e.extensions?.code)).toEqual([expected]);
          expect(result.data?.[name] ?? null).toBeNull();
        } else {
          expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
          expect(result.data?.[name]).toBeDefined();
        }
      });
    }
  }
});
