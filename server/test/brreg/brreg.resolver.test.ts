import { graphql, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authChecker } from '../../src/modules/auth/auth-checker';
import type { Viewer } from '../../src/modules/auth/viewer';
import { BrregClient } from '../../src/modules/brreg/brreg.client';
import { BrregResolver } from '../../src/modules/brreg/brreg.resolver';
import { Role } from '../../src/modules/user/user.entity';
import { startFixtureRegister, type FixtureRegister } from './fixture-register';

/** The resolver on its own schema, with a context shaped like the app's (viewer + brreg). */
let schema: GraphQLSchema;
let register: FixtureRegister;
beforeAll(async () => {
  schema = await buildSchema({ resolvers: [BrregResolver], authChecker, validate: false });
  register = await startFixtureRegister();
});
afterAll(() => register.close());
beforeEach(() => register.reset());

const viewer = (role: Role): Viewer => ({ id: 'u1', name: 'Test', email: 't@magnet.example', role, sessionId: 's1' });

async function run(query: string, role: Role | null = Role.MEMBER, brreg = new BrregClient({ baseUrl: register.baseUrl, retryDelayMs: 10 })) {
  const result = await graphql({ schema, source: query, contextValue: { viewer: role ? viewer(role) : null, brreg } });
  return { data: result.data as Record<string, any> | null | undefined, codes: (result.errors ?? []).map((e) => e.extensions.code) };
}

const lookup = (orgNumber: string) => `{ registerLookup(orgNumber: "${orgNumber}") { status deletedOn message entity { orgNumber name personalName municipalityNumber employees } } }`;

describe('registerLookup', () => {
  it('returns the entity of a found company', async () => {
    const { data, codes } = await run(lookup('999 900 127'));
    expect(codes).toEqual([]);
    expect(data!.registerLookup).toEqual({
      status: 'FOUND',
      deletedOn: null,
      message: null,
      entity: { orgNumber: '999900127', name: 'TERNINGMOEN LAGER OG SERVICE AS', personalName: false, municipalityNumber: '3420', employees: 0 },
    });
  });

  it('warns that a sole proprietorship is named after a person', async () => {
    const { data } = await run(lookup('999900097'));
    expect(data!.registerLookup).toMatchObject({ status: 'FOUND', entity: { personalName: true, employees: null }, message: expect.stringMatching(/personopplysning/) });
  });

  it.each([
    ['999900070', 'DELETED', /slettet/],
    ['974760673', 'NOT_FOUND', /^Fant ikke organisasjonsnummeret i Enhetsregisteret\. Sjekk nummeret, eller fyll inn opplysningene selv\.$/],
    ['123456789', 'INVALID', /ikke gyldig/],
  ])('tells the user what to do for %s (%s)', async (orgNumber, status, message) => {
    const { data } = await run(lookup(orgNumber));
    expect(data!.registerLookup).toMatchObject({ status, message: expect.stringMatching(message) });
  });

  it('gives the deletion date of a deleted company', async () => {
    const { data } = await run(lookup('999900070'));
    expect(data!.registerLookup).toMatchObject({ status: 'DELETED', deletedOn: '2024-06-30', entity: { name: 'NEDLAGT SAG AS' } });
  });

  it('answers REMOVED and UNAVAILABLE with a message, not an error', async () => {
    register.remove('999900003');
    expect((await run(lookup('999900003'))).data!.registerLookup).toMatchObject({ status: 'REMOVED', entity: null, message: expect.stringMatching(/fjernet/) });
    register.queue('999900011', { status: 503 }, { status: 503 }, { status: 503 });
    expect((await run(lookup('999900011'))).data!.registerLookup).toMatchObject({ status: 'UNAVAILABLE', message: expect.stringMatching(/svarer ikke/) });
  });

  it('refuses a blank or overlong number as bad input', async () => {
    expect((await run(lookup('  '))).codes).toEqual(['BAD_USER_INPUT']);
    expect((await run(lookup('9'.repeat(21)))).codes).toEqual(['BAD_USER_INPUT']);
    expect(register.requests).toHaveLength(0);
  });

  it('is for those who write the pipeline', async () => {
    expect((await run(lookup('999900003'), Role.BOARD)).codes).toEqual(['FORBIDDEN']);
    expect((await run(lookup('999900003'), null)).codes).toEqual(['UNAUTHENTICATED']);
    for (const role of [Role.MEMBER, Role.LEADER, Role.ADMIN]) expect((await run(lookup('999900003'), role)).codes).toEqual([]);
  });
});

describe('registerSearch', () => {
  it('searches by old or new municipality number', async () => {
    const { data, codes } = await run('{ registerSearch(municipality: "0427") { status total page totalPages message entities { orgNumber } } }');
    expect(codes).toEqual([]);
    expect(data!.registerSearch).toEqual({
      status: 'OK',
      total: 3,
      page: 0,
      totalPages: 1,
      message: null,
      entities: [{ orgNumber: '999900003' }, { orgNumber: '999900011' }, { orgNumber: '999900054' }],
    });
    expect(Object.fromEntries(register.requests[0]!.query)).toEqual({ kommunenummer: '3420', page: '0', size: '20' });
  });

  it('says so when nothing matches', async () => {
    const { data } = await run('{ registerSearch(name: "finnesikke") { status total entities { orgNumber } message } }');
    expect(data!.registerSearch).toMatchObject({ status: 'OK', total: 0, entities: [], message: expect.stringMatching(/Ingen treff/) });
  });

  it('explains the 10 000 limit', async () => {
    const { data } = await run('{ registerSearch(name: "as", page: 500, size: 20) { status total page entities { orgNumber } message } }');
    expect(data!.registerSearch).toMatchObject({ status: 'BEYOND_LIMIT', total: 0, page: 500, entities: [], message: expect.stringMatching(/10\u00a0000/) });
    expect(register.requests).toHaveLength(0);
  });

  it.each([
    ['no criteria', '{ registerSearch { status } }'],
    ['a bad municipality number', '{ registerSearch(municipality: "34") { status } }'],
    ['a bad industry code', '{ registerSearch(industryCode: "16110") { status } }'],
    ['too large a page', '{ registerSearch(name: "as", size: 101) { status } }'],
    ['a negative page', '{ registerSearch(name: "as", page: -1) { status } }'],
  ])('refuses %s as bad input', async (_, query) => {
    expect((await run(query)).codes).toEqual(['BAD_USER_INPUT']);
    expect(register.requests).toHaveLength(0);
  });

  it('is for those who write the pipeline', async () => {
    expect((await run('{ registerSearch(name: "as") { status } }', Role.BOARD)).codes).toEqual(['FORBIDDEN']);
  });
});
