import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/modules/auth/viewer';
import type { Database } from '../../src/shared/database/database';
import { factories } from '../support/factories';
import { createTestClient, signedIn } from '../support/graphql';
import { createTestDatabase } from '../support/test-database';

let db: Database;
let client: Awaited<ReturnType<typeof createTestClient>>;
let marte: Viewer;
let lars: Viewer;
let defence: string;

const SAVE = `mutation($i: SaveViewInput!) { saveView(input: $i) { id name shared filter version mine owner { name } } }`;
const LIST = `{ savedViews { name shared mine } }`;

beforeAll(async () => {
  db = await createTestDatabase();
  marte = await signedIn(db, 'MEMBER', 'Marte');
  lars = await signedIn(db, 'LEADER', 'Lars');
  client = await createTestClient(db, marte);
  defence = (await factories(db).focusAreaIds()).DEFENCE_LOGISTICS!;
});
afterAll(async () => {
  await client.stop();
  await db.close();
});

describe('saved views', () => {
  it('saves a named filter, personal or shared, and lists own and shared views', async () => {
    const mine = (await client.data(SAVE, { i: { name: 'Mitt forsvar', filter: { focusAreaIds: [defence], text: 'rena' } } })).saveView;
    expect(mine).toMatchObject({ name: 'Mitt forsvar', shared: false, mine: true, owner: { name: 'Marte' }, filter: { focusAreaIds: [defence], text: 'rena' } });
    await client.as(lars).data(SAVE, { i: { name: 'Åmot', filter: { targetMunicipalities: ['3422'] }, shared: true } });
    await client.as(lars).data(SAVE, { i: { name: 'Lars sin', filter: {} } });

    expect((await client.data(LIST)).savedViews).toEqual([
      { name: 'Mitt forsvar', shared: false, mine: true },
      { name: 'Åmot', shared: true, mine: false },
    ]);
    expect((await client.as(lars).data(LIST)).savedViews.map((v: any) => v.name)).toEqual(['Lars sin', 'Åmot']);
  });

  it('refuses a bad filter or name with a clear message', async () => {
    const bad = await client.execute(SAVE, { i: { name: '', filter: {} } });
    expect(bad.errors?.[0]?.message).toMatch(/Gi visningen et navn/);
    const badFilter = await client.execute(SAVE, { i: { name: 'X', filter: { focusAreaIds: ['nope'] } } });
    expect(badFilter.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets only the owner change or delete a view, with the version check', async () => {
    const view = (await client.as(lars).data(SAVE, { i: { name: 'Delt', filter: {}, shared: true } })).saveView;
    const update = `mutation($i: UpdateViewInput!) { updateView(input: $i) { name version } }`;
    expect(await client.errorCodes(update, { i: { id: view.id, version: 1, name: 'Kapret' } })).toEqual(['FORBIDDEN']);
    expect((await client.as(lars).data(update, { i: { id: view.id, version: 1, name: 'Delt 2' } })).updateView).toEqual({ name: 'Delt 2', version: 2 });
    expect(await client.as(lars).errorCodes(update, { i: { id: view.id, version: 1, name: 'Gammel' } })).toEqual(['CONFLICT']);
    expect(await client.errorCodes(`mutation($id: ID!) { deleteView(id: $id, version: 2) }`, { id: view.id })).toEqual(['FORBIDDEN']);
    expect((await client.as(lars).data(`mutation($id: ID!) { deleteView(id: $id, version: 2) }`, { id: view.id })).deleteView).toBe(view.id);
  });

  it('picks a default view (own or shared), cleared when the view is deleted', async () => {
    const shared = (await client.as(lars).data(SAVE, { i: { name: 'Standard', filter: { text: 'x' }, shared: true } })).saveView;
    await client.data(`mutation($id: ID) { setDefaultView(id: $id) { id } }`, { id: shared.id });
    expect((await client.data(`{ defaultView { name filter } }`)).defaultView).toEqual({ name: 'Standard', filter: { text: 'x' } });
    const personal = (await client.as(lars).data(SAVE, { i: { name: 'Privat', filter: {} } })).saveView;
    expect(await client.errorCodes(`mutation($id: ID) { setDefaultView(id: $id) { id } }`, { id: personal.id })).toEqual(['NOT_FOUND']);
    await client.as(lars).data(`mutation($id: ID!) { deleteView(id: $id, version: 1) }`, { id: shared.id });
    expect((await client.data(`{ defaultView { name } }`)).defaultView).toBeNull();
  });
});
