import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

/** Settings: LEADER and ADMIN add and rename focus areas and edit stages (design § Roles). */
let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);

const AREA = 'id key nameNb nameEn color position version';
const STAGE = 'id key nameNb nameEn position category probability staleAfterDays version';
const CREATE_AREA = `mutation($i: CreateFocusAreaInput!) { createFocusArea(input: $i) { ${AREA} } }`;
const UPDATE_AREA = `mutation($i: UpdateFocusAreaInput!) { updateFocusArea(input: $i) { ${AREA} } }`;
const UPDATE_STAGE = `mutation($i: UpdateStageInput!) { updateStage(input: $i) { ${STAGE} } }`;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const errors = async (query: string, variables: Record<string, unknown>) =>
  (await client.execute(query, variables)).errors?.map((e) => [e.extensions?.code, e.message]);
const auditOf = (entity: string, id: string) =>
  q(`SELECT action, diff FROM audit_entries WHERE entity = $1 AND entity_id = $2 ORDER BY at, id`, [entity, id]);
const createArea = async (input: Record<string, unknown>) => (await client.data(CREATE_AREA, { i: input })).createFocusArea;
const rowOf = async (table: 'focus_areas' | 'stages', id: string) => (await q(`SELECT t::text AS row FROM ${table} t WHERE id = $1`, [id]))[0].row;
const stageByKey = async (key: string) => (await q(`SELECT id, version FROM stages WHERE key = $1`, [key]))[0] as { id: string; version: number };

/** Runs a refused operation and proves it wrote nothing: the row as it was, no new audit entry, no new focus area. */
async function expectNothingWritten(table: 'focus_areas' | 'stages', id: string | null, refused: () => Promise<void>) {
  const snapshot = async () => ({
    row: id ? await rowOf(table, id) : null,
    counts: (await q(`SELECT (SELECT count(*)::int FROM audit_entries) AS audit, (SELECT count(*)::int FROM focus_areas) AS areas`))[0],
  });
  const before = await snapshot();
  await refused();
  expect(await snapshot()).toEqual(before);
}

beforeAll(async () => {
  db = await createTestDatabase();
  client = await createTestClient(db, await signedIn(db, 'LEADER'));
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('createFocusArea', () => {
  it('adds a focus area last in the order, with a key from the English name, trimmed names and an audit entry', async () => {
    const area = await createArea({ nameNb: '  Reiseliv og kultur ', nameEn: ' Tourism and culture ', color: '#1E88E5' });
    expect(area).toMatchObject({
      key: 'TOURISM_AND_CULTURE', nameNb: 'Reiseliv og kultur', nameEn: 'Tourism and culture', color: '#1e88e5', position: 5, version: 1,
    });
    const [entry] = await auditOf('FocusArea', area.id);
    expect(entry.action).toBe('CREATE');
    expect(entry.diff).toMatchObject({ key: { before: null, after: 'TOURISM_AND_CULTURE' }, nameNb: { before: null, after: 'Reiseliv og kultur' } });
    // The next request sees it (loaders are per request).
    const listed = (await client.data('{ focusAreas { key position } }')).focusAreas;
    expect(listed.at(-1)).toEqual({ key: 'TOURISM_AND_CULTURE', position: 5 });
  });

  it('keeps keys unique with _2, _3, … and makes ASCII of any name', async () => {
    const second = await createArea({ nameNb: 'Reiseliv – kultur', nameEn: 'Tourism – and culture!', color: '#000000' });
    const third = await createArea({ nameNb: 'Reiseliv, kultur', nameEn: 'tourism and-culture', color: '#000000' });
    expect([second.key, third.key]).toEqual(['TOURISM_AND_CULTURE_2', 'TOURISM_AND_CULTURE_3']);
    expect([second.position, third.position]).toEqual([6, 7]);
    expect((await createArea({ nameNb: 'Grønn næring', nameEn: 'Grønn næring, Økonomi & Café', color: '#00ff00' })).key).toBe('GRONN_NAERING_OKONOMI_CAFE');
    expect((await createArea({ nameNb: 'Uten latin', nameEn: '—', color: '#00ff00' })).key).toBe('FOCUS_AREA');
  });

  it('refuses bad input with a message that says what to fix, and writes nothing', async () => {
    const valid = { nameNb: 'Havbruk', nameEn: 'Aquaculture', color: '#006064' };
    const cases: [Record<string, unknown>, string][] = [
      [{ nameNb: '   ' }, 'nameNb: Navnet må fylles ut.'],
      [{ nameEn: 'x'.repeat(61) }, 'nameEn: Navnet kan ha høyst 60 tegn.'],
      [{ color: 'red' }, 'color: Fargen må skrives som #rrggbb, f.eks. #2e7d32.'],
      [{ color: '#12345' }, 'color: Fargen må skrives som #rrggbb, f.eks. #2e7d32.'],
      [{ nameNb: ' BIOØKONOMI ' }, 'nameNb: Det finnes allerede et fokusområde som heter «Bioøkonomi». Velg et annet navn.'],
      [{ nameEn: 'defence logistics' }, 'nameEn: Det finnes allerede et fokusområde som heter «Defence logistics». Velg et annet navn.'],
    ];
    for (const [change, message] of cases) {
      await expectNothingWritten('focus_areas', null, async () => {
        expect(await errors(CREATE_AREA, { i: { ...valid, ...change } }), message).toEqual([['BAD_USER_INPUT', message]]);
      });
    }
    expect((await createArea({ ...valid, nameEn: 'A'.repeat(60) })).nameEn).toHaveLength(60);
  });

  it('lets one of two creates of the same name at once win; the other is told the name is taken', async () => {
    const input = { nameNb: 'Samtidig', nameEn: 'At once', color: '#222222' };
    const results = await Promise.all([0, 1].map(() => client.execute(CREATE_AREA, { i: input })));
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    expect(await q(`SELECT key FROM focus_areas WHERE name_en = 'At once'`)).toEqual([{ key: 'AT_ONCE' }]);
  });

  it('has the database keep names unique in each language too, whatever the case', async () => {
    const insert = (nameNb: string, nameEn: string) =>
      q(`INSERT INTO focus_areas (key, name_nb, name_en, color, position) VALUES ($1, $2, $3, '#000000', 99)`, [`DIRECT_${nameEn}`, nameNb, nameEn]);
    await expect(insert('FOLKEHELSE', 'Direct one')).rejects.toThrow(/focus_areas_name_nb_key/);
    await expect(insert('Direkte', 'PUBLIC HEALTH')).rejects.toThrow(/focus_areas_name_en_key/);
    await expect(q(`UPDATE stages SET name_en = 'in DIALOGUE' WHERE key = 'DECISION'`)).rejects.toThrow(/stages_name_en_key/);
  });

  it('is for LEADER and ADMIN only', async () => {
    const input = { nameNb: 'Rollesjekk', nameEn: 'Role check', color: '#111111' };
    for (const role of ['BOARD', 'MEMBER']) {
      expect(await client.as(await signedIn(db, role)).errorCodes(CREATE_AREA, { i: input })).toEqual(['FORBIDDEN']);
    }
    expect(await client.as(await signedIn(db, 'ADMIN')).errorCodes(CREATE_AREA, { i: input })).toEqual([]);
  });

  it('shows a new focus area in the statistics once a company has it, under its current name', async () => {
    const area = await createArea({ nameNb: 'Smart industri', nameEn: 'Smart industry', color: '#ff6f00' });
    const statistics = `{ statistics(period: { from: "2000-01-01", to: "2049-12-31" }) { byFocusArea { focusArea { id nameNb } won } } }`;
    const rowOfArea = async () => (await client.data(statistics)).statistics.byFocusArea.find((r: any) => r.focusArea.id === area.id);
    expect(await rowOfArea()).toBeUndefined(); // a group exists while some company is in it
    await client.data(`mutation($i: CreateProspectInput!) { createProspect(input: $i) { id } }`, { i: { name: 'Smart AS', focusAreaIds: [area.id] } });
    expect(await rowOfArea()).toEqual({ focusArea: { id: area.id, nameNb: 'Smart industri' }, won: 0 });
    await client.data(UPDATE_AREA, { i: { id: area.id, version: 1, nameNb: 'Smart produksjon' } });
    expect((await rowOfArea()).focusArea.nameNb).toBe('Smart produksjon');
  });
});

describe('updateFocusArea', () => {
  it('changes only the fields given, keeps key and position, bumps the version and audits the difference', async () => {
    const area = await createArea({ nameNb: 'Energi', nameEn: 'Energy', color: '#fdd835' });
    const updated = (await client.data(UPDATE_AREA, { i: { id: area.id, version: 1, color: '#F57F17' } })).updateFocusArea;
    expect(updated).toEqual({ ...area, color: '#f57f17', version: 2 });
    const renamed = (await client.data(UPDATE_AREA, { i: { id: area.id, version: 2, nameNb: ' Fornybar energi ', nameEn: null } })).updateFocusArea;
    expect(renamed).toEqual({ ...area, nameNb: 'Fornybar energi', color: '#f57f17', version: 3 });
    expect((await auditOf('FocusArea', area.id)).slice(1)).toEqual([
      { action: 'UPDATE', diff: { color: { before: '#fdd835', after: '#f57f17' } } },
      { action: 'UPDATE', diff: { nameNb: { before: 'Energi', after: 'Fornybar energi' } } },
    ]);
    // Its own name in another case is not taken by someone else.
    expect((await client.data(UPDATE_AREA, { i: { id: area.id, version: 3, nameEn: 'ENERGY' } })).updateFocusArea.nameEn).toBe('ENERGY');
  });

  it('refuses a name another focus area has, or a bad colour, and changes nothing', async () => {
    const area = await createArea({ nameNb: 'Transport', nameEn: 'Transport', color: '#455a64' });
    const cases: [Record<string, unknown>, string][] = [
      [{ nameNb: 'folkehelse' }, 'nameNb: Det finnes allerede et fokusområde som heter «Folkehelse». Velg et annet navn.'],
      [{ nameEn: 'Public Health' }, 'nameEn: Det finnes allerede et fokusområde som heter «Public health». Velg et annet navn.'],
      [{ nameNb: '' }, 'nameNb: Navnet må fylles ut.'],
      [{ color: '#gggggg' }, 'color: Fargen må skrives som #rrggbb, f.eks. #2e7d32.'],
      [{ id: 'ikke-en-id' }, 'id: Ugyldig id.'],
    ];
    for (const [change, message] of cases) {
      await expectNothingWritten('focus_areas', area.id, async () => {
        expect(await errors(UPDATE_AREA, { i: { id: area.id, version: 1, ...change } }), message).toEqual([['BAD_USER_INPUT', message]]);
      });
    }
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const area = await createArea({ nameNb: 'Mat', nameEn: 'Food', color: '#8d6e63' });
    await client.data(UPDATE_AREA, { i: { id: area.id, version: 1, color: '#795548' } });
    await expectNothingWritten('focus_areas', area.id, async () => {
      expect(await errors(UPDATE_AREA, { i: { id: area.id, version: 1, nameNb: 'Matproduksjon' } })).toEqual([
        ['CONFLICT', 'Fokusområdet er endret av noen andre siden du åpnet det. Last inn på nytt og prøv igjen.'],
      ]);
    });
  });

  it('lets exactly one of two writers with the same version win', async () => {
    const area = await createArea({ nameNb: 'Bygg', nameEn: 'Construction', color: '#6d4c41' });
    const inputs = [{ nameNb: 'Bygg og anlegg' }, { color: '#3e2723' }];
    const results = await Promise.all(inputs.map((change) => client.execute(UPDATE_AREA, { i: { id: area.id, version: 1, ...change } })));
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.updateFocusArea;
    const [row] = await q(`SELECT name_nb, color, version FROM focus_areas WHERE id = $1`, [area.id]);
    expect(row).toEqual({ name_nb: winner.nameNb, color: winner.color, version: 2 });
    expect(await auditOf('FocusArea', area.id)).toHaveLength(2);
  });

  it('answers NOT_FOUND for an unknown focus area', async () => {
    expect(await errors(UPDATE_AREA, { i: { id: UNKNOWN_ID, version: 1, nameNb: 'Ukjent' } })).toEqual([['NOT_FOUND', 'Fant ikke fokusområdet.']]);
  });
});

describe('updateStage', () => {
  it('changes the probability, and the weighted pipeline follows in the next request', async () => {
    await factories(db).prospect({ name: 'Vektet AS', stage: 'CONSIDERING', estimatedJobs: 20 });
    const weighted = async () => (await client.data(`{ statistics(period: { from: "2000-01-01", to: "2049-12-31" }) { jobs { weightedPipeline } } }`)).statistics.jobs.weightedPipeline;
    const before = await weighted();
    const stage = await stageByKey('CONSIDERING');
    const updated = (await client.data(UPDATE_STAGE, { i: { id: stage.id, version: stage.version, probabilityPercent: 65 } })).updateStage;
    expect(updated).toMatchObject({ key: 'CONSIDERING', category: 'OPEN', position: 4, probability: 0.65, version: stage.version + 1 });
    expect(await weighted()).toBeCloseTo(before + (20 * (65 - 50)) / 100, 9); // 20 jobs × 15 points more
    expect((await client.data('{ stages { key probability } }')).stages.find((s: any) => s.key === 'CONSIDERING').probability).toBe(0.65);
    expect((await auditOf('Stage', stage.id)).at(-1)).toEqual({ action: 'UPDATE', diff: { probabilityPercent: { before: 50, after: 65 } } });
  });

  it('sets, keeps (left out) and clears (null) the days before a company is stale, which the next request uses', async () => {
    const id = await factories(db).prospect({ name: 'Stille AS', stage: 'CONTACTED' });
    await q(`UPDATE prospects SET last_activity_at = now() - interval '20 days' WHERE id = $1`, [id]);
    const stale = async () => (await client.data(`query($id: ID!) { prospect(id: $id) { stale } }`, { id })).prospect.stale;
    expect(await stale()).toBe(false); // CONTACTED: 30 days
    let { id: stageId, version } = await stageByKey('CONTACTED');
    const update = async (change: Record<string, unknown>) => {
      const stage = (await client.data(UPDATE_STAGE, { i: { id: stageId, version, ...change } })).updateStage;
      version = stage.version;
      return stage;
    };
    expect((await update({ staleAfterDays: 14 })).staleAfterDays).toBe(14);
    expect(await stale()).toBe(true);
    expect(await update({ nameEn: 'Reached out' })).toMatchObject({ nameEn: 'Reached out', nameNb: 'Kontaktet', staleAfterDays: 14 });
    expect((await update({ staleAfterDays: null })).staleAfterDays).toBeNull();
    expect(await stale()).toBe(false);
    expect((await auditOf('Stage', stageId)).map((e: any) => e.diff)).toEqual([
      { staleAfterDays: { before: 30, after: 14 } },
      { nameEn: { before: 'Contacted', after: 'Reached out' } },
      { staleAfterDays: { before: 14, after: null } },
    ]);
  });

  it('refuses bad input with a message that says what to fix, and changes nothing', async () => {
    const stage = await stageByKey('DECISION');
    const cases: [Record<string, unknown>, string][] = [
      [{ probabilityPercent: 101 }, 'probabilityPercent: Sannsynligheten kan ikke være over 100 %.'],
      [{ probabilityPercent: -5 }, 'probabilityPercent: Sannsynligheten kan ikke være under 0 %.'],
      [{ staleAfterDays: 0 }, 'staleAfterDays: Antall dager før en bedrift regnes som inaktiv må være minst 1.'],
      [{ nameNb: ' i DIALOG ' }, 'nameNb: Det finnes allerede en fase som heter «I dialog». Velg et annet navn.'],
      [{ nameEn: 'established' }, 'nameEn: Det finnes allerede en fase som heter «Established». Velg et annet navn.'],
      [{ nameNb: 'x'.repeat(61) }, 'nameNb: Navnet kan ha høyst 60 tegn.'],
    ];
    for (const [change, message] of cases) {
      await expectNothingWritten('stages', stage.id, async () => {
        expect(await errors(UPDATE_STAGE, { i: { ...stage, ...change } }), message).toEqual([['BAD_USER_INPUT', message]]);
      });
    }
    // Key, category and position are not in the input at all.
    await expectNothingWritten('stages', stage.id, async () => {
      expect(await client.errorCodes(UPDATE_STAGE, { i: { ...stage, category: 'WON' } })).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('answers a stale version with CONFLICT, and lets one of two writers with the same version win', async () => {
    const stage = await stageByKey('IDENTIFIED');
    await expectNothingWritten('stages', stage.id, async () => {
      expect(await errors(UPDATE_STAGE, { i: { ...stage, version: stage.version + 5, probabilityPercent: 7 } })).toEqual([
        ['CONFLICT', 'Fasen er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.'],
      ]);
    });
    const results = await Promise.all(
      [{ probabilityPercent: 8 }, { nameNb: 'Funnet' }].map((change) => client.execute(UPDATE_STAGE, { i: { ...stage, ...change } })),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await stageByKey('IDENTIFIED')).version).toBe(stage.version + 1);
    expect(await auditOf('Stage', stage.id)).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown stage, and is for LEADER and ADMIN only', async () => {
    expect(await errors(UPDATE_STAGE, { i: { id: UNKNOWN_ID, version: 1, probabilityPercent: 10 } })).toEqual([['NOT_FOUND', 'Fant ikke fasen.']]);
    const stage = await stageByKey('LOST');
    for (const role of ['BOARD', 'MEMBER']) {
      expect(await client.as(await signedIn(db, role)).errorCodes(UPDATE_STAGE, { i: { ...stage, nameNb: 'Tapt' } })).toEqual(['FORBIDDEN']);
    }
  });
});
