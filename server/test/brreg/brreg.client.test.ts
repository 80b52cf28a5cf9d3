import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BrregClient, type BrregClientOptions } from '../../src/modules/brreg/brreg.client';
import { startFixtureRegister, type FixtureRegister } from './fixture-register';

let register: FixtureRegister;
beforeAll(async () => {
  register = await startFixtureRegister();
});
afterAll(() => register.close());
beforeEach(() => register.reset());

const client = (options: BrregClientOptions = {}) => new BrregClient({ baseUrl: register.baseUrl, retryDelayMs: 20, ...options });
const paths = () => register.requests.map((r) => r.path);

describe('BrregClient.lookup', () => {
  it('maps every field of an entity', async () => {
    expect(await client().lookup('999900003')).toEqual({
      status: 'FOUND',
      entity: {
        orgNumber: '999900003',
        name: 'EKSEMPEL TRE OG BIO AS',
        personalName: false,
        legalForm: 'AS',
        industryCode: '16.110',
        industryText: 'Saging og høvling av tre',
        employees: 23,
        website: 'www.eksempel-tre.example',
        address: 'Eksempelvegen 1',
        postalCode: '2406',
        postalPlace: 'ELVERUM',
        municipalityNumber: '3420',
        municipalityName: 'ELVERUM',
        foundedOn: '2019-02-28',
        bankrupt: false,
        underLiquidation: false,
        deletedOn: null,
      },
    });
  });

  it('reports an old municipality number as the current one, joins address lines and keeps a real 0 employees', async () => {
    const result = await client().lookup('999900127');
    expect(result).toEqual({
      status: 'FOUND',
      entity: {
        orgNumber: '999900127',
        name: 'TERNINGMOEN LAGER OG SERVICE AS',
        personalName: false,
        legalForm: 'AS',
        industryCode: '52.100',
        industryText: 'Lagring',
        employees: 0,
        website: null,
        address: 'c/o Lagerbygg 3, Terningmoen leir',
        postalCode: '2407',
        postalPlace: 'ELVERUM',
        municipalityNumber: '3420', // the register says 0427
        municipalityName: 'ELVERUM',
        foundedOn: '2015-03-02',
        bankrupt: true,
        underLiquidation: false,
        deletedOn: null,
      },
    });
  });

  it('flags a sole proprietorship, and a missing employee count is null, not 0', async () => {
    const result = await client().lookup('999900097');
    expect(result.status).toBe('FOUND');
    if (result.status !== 'FOUND') return;
    expect(result.entity).toMatchObject({ name: 'KARI EKSEMPEL', legalForm: 'ENK', personalName: true, employees: null });
  });

  it('reads a company under liquidation', async () => {
    const result = await client().lookup('999900119');
    expect(result).toMatchObject({ status: 'FOUND', entity: { underLiquidation: true, bankrupt: false, municipalityNumber: '3403' } });
  });

  it('answers DELETED with the reduced entity for a deleted company', async () => {
    expect(await client().lookup('999900070')).toEqual({
      status: 'DELETED',
      deletedOn: '2024-06-30',
      entity: {
        orgNumber: '999900070',
        name: 'NEDLAGT SAG AS',
        personalName: false,
        legalForm: 'AS',
        industryCode: null,
        industryText: null,
        employees: null,
        website: null,
        address: null,
        postalCode: null,
        postalPlace: null,
        municipalityNumber: null,
        municipalityName: null,
        foundedOn: null,
        bankrupt: null,
        underLiquidation: null,
        deletedOn: '2024-06-30',
      },
    });
  });

  it('accepts a number written with spaces', async () => {
    expect((await client().lookup(' 999 900\u00a0003 ')).status).toBe('FOUND');
    expect(paths()).toEqual(['/enheter/999900003']);
  });

  it('answers NOT_FOUND for a valid number the register does not know', async () => {
    expect(await client().lookup('974760673')).toEqual({ status: 'NOT_FOUND' });
  });

  it.each(['123456789', '12345678', '9999000031', '799900003', 'abc', ''])('answers INVALID for "%s" without asking the register', async (input) => {
    expect(await client().lookup(input)).toEqual({ status: 'INVALID' });
    expect(register.requests).toHaveLength(0);
  });

  it('sends its User-Agent', async () => {
    await client().lookup('999900003');
    await client({ userAgent: 'Magnet-test/1' }).lookup('999900003');
    expect(register.requests.map((r) => r.userAgent)).toEqual(['Magnet/0.1 (regional business development)', 'Magnet-test/1']);
  });
});

describe('BrregClient.lookup cache', () => {
  it('serves FOUND and NOT_FOUND again without asking the register', async () => {
    const brreg = client();
    const first = await brreg.lookup('999900003');
    expect(await brreg.lookup('999 900 003')).toEqual(first);
    expect(await brreg.lookup('974760673')).toEqual({ status: 'NOT_FOUND' });
    expect(await brreg.lookup('974760673')).toEqual({ status: 'NOT_FOUND' });
    expect(paths()).toEqual(['/enheter/999900003', '/enheter/974760673']);
  });

  it('asks again when the entry has expired, and never caches with a TTL of 0', async () => {
    const brreg = client({ cacheTtlMs: 50 });
    await brreg.lookup('999900003');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await brreg.lookup('999900003');
    const uncached = client({ cacheTtlMs: 0 });
    await uncached.lookup('999900003');
    await uncached.lookup('999900003');
    expect(register.requests).toHaveLength(4);
  });

  it('answers REMOVED on 410 and deletes the cached copy', async () => {
    const brreg = client();
    expect((await brreg.lookup('999900003')).status).toBe('FOUND');
    register.remove('999900003');
    expect((await brreg.lookup('999900003')).status).toBe('FOUND'); // still cached
    expect(register.requests).toHaveLength(1);

    expect(await brreg.lookup('999900003', { fresh: true })).toEqual({ status: 'REMOVED' });
    expect(await brreg.lookup('999900003')).toEqual({ status: 'REMOVED' });
    expect(register.requests).toHaveLength(3); // the last lookup asked: nothing was served from the cache
  });

  it('never caches UNAVAILABLE', async () => {
    const brreg = client();
    register.queue('999900003', { status: 200, body: '{"organisasjonsnummer": "9999' });
    expect(await brreg.lookup('999900003')).toEqual({ status: 'UNAVAILABLE', reason: 'malformed JSON' });
    expect((await brreg.lookup('999900003')).status).toBe('FOUND');
    expect(register.requests).toHaveLength(2);
  });
});

describe('BrregClient.lookup when the register fails', () => {
  it('gives up after the timeout, in bounded time and without retrying', async () => {
    register.queue('999900003', { status: 200, delayMs: 5000, body: '{}' });
    const started = Date.now();
    const result = await client({ timeoutMs: 200 }).lookup('999900003');
    expect(result).toEqual({ status: 'UNAVAILABLE', reason: 'no answer within 200 ms' });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(register.requests).toHaveLength(1);
  });

  it('retries a 503 with backoff and then succeeds', async () => {
    register.queue('999900003', { status: 503 });
    expect((await client({ retryDelayMs: 100 }).lookup('999900003')).status).toBe('FOUND');
    const [first, second] = register.requests;
    expect(register.requests).toHaveLength(2);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(90);
  });

  it('is UNAVAILABLE when the register keeps failing, after 1 + retries attempts', async () => {
    register.queue('999900003', { status: 503 }, { status: 500 }, { status: 502 }, { status: 503 });
    expect(await client({ retries: 2 }).lookup('999900003')).toEqual({ status: 'UNAVAILABLE', reason: 'HTTP 502 after 3 attempts' });
    expect(register.requests).toHaveLength(3);
  });

  it('waits as long as Retry-After says on 429', async () => {
    register.queue('999900003', { status: 429, headers: { 'retry-after': '1' } });
    expect((await client({ retryDelayMs: 10 }).lookup('999900003')).status).toBe('FOUND');
    const [first, second] = register.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once when Retry-After is beyond the cap', async () => {
    register.queue('999900003', { status: 429, headers: { 'retry-after': '3600' } });
    const started = Date.now();
    const result = await client({ maxRetryAfterMs: 2000 }).lookup('999900003');
    expect(result).toMatchObject({ status: 'UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(register.requests).toHaveLength(1);
  });

  it('is UNAVAILABLE on malformed JSON or an unexpected body', async () => {
    register.queue('999900003', { status: 200, body: 'not json' }, { status: 200, body: '{"navn": 42}' });
    expect(await client().lookup('999900003')).toEqual({ status: 'UNAVAILABLE', reason: 'malformed JSON' });
    expect(await client().lookup('999900003')).toEqual({ status: 'UNAVAILABLE', reason: 'unexpected entity response' });
  });

  it('is UNAVAILABLE when nothing listens', async () => {
    const result = await client({ baseUrl: await closedPortUrl(), retries: 1 }).lookup('999900003');
    expect(result).toMatchObject({ status: 'UNAVAILABLE', reason: expect.stringMatching(/^network error/) });
  });
});

describe('BrregClient.search', () => {
  it('sends name, the current municipality number, industry code, page and size', async () => {
    await client().search({ name: 'tre og bio', municipality: '0427', industryCode: '16.110', page: 2, size: 50 });
    expect(register.requests).toHaveLength(1);
    const { path, query } = register.requests[0]!;
    expect(path).toBe('/enheter');
    expect(Object.fromEntries(query)).toEqual({ navn: 'tre og bio', kommunenummer: '3420', naeringskode: '16.110', page: '2', size: '50' });
  });

  it('returns the hits mapped like a lookup, with the page information', async () => {
    const result = await client().search({ municipality: '3420' });
    expect(Object.fromEntries(register.requests[0]!.query)).toEqual({ kommunenummer: '3420', page: '0', size: '20' });
    expect(result).toMatchObject({ status: 'OK', total: 3, page: 0, totalPages: 1 });
    if (result.status !== 'OK') return;
    expect(result.entities.map((e) => e.orgNumber)).toEqual(['999900003', '999900011', '999900054']);
    expect(result.entities[0]).toEqual(await firstEntity('999900003'));
  });

  it('answers an empty page when the register leaves out _embedded', async () => {
    expect(await client().search({ name: 'finnesikke' })).toEqual({ status: 'OK', entities: [], total: 0, page: 0, totalPages: 0 });
  });

  it('refuses pages beyond (page + 1) · size = 10 000 without asking the register', async () => {
    expect((await client().search({ name: 'a', page: 499, size: 20 })).status).toBe('OK');
    expect((await client().search({ name: 'a', page: 0, size: 10_000 })).status).toBe('OK');
    expect(register.requests).toHaveLength(2);
    expect(await client().search({ name: 'a', page: 500, size: 20 })).toEqual({ status: 'BEYOND_LIMIT', limit: 10_000 });
    expect(await client().search({ name: 'a', page: 1, size: 5001 })).toEqual({ status: 'BEYOND_LIMIT', limit: 10_000 });
    expect(register.requests).toHaveLength(2);
  });

  it('is UNAVAILABLE when the register cannot be reached', async () => {
    const result = await client({ baseUrl: await closedPortUrl(), retries: 0 }).search({ name: 'a' });
    expect(result).toMatchObject({ status: 'UNAVAILABLE' });
  });
});

async function firstEntity(orgNumber: string) {
  const result = await client().lookup(orgNumber);
  if (result.status !== 'FOUND') throw new Error(`expected ${orgNumber} to be found`);
  return result.entity;
}

/** A base URL on a port that was free a moment ago: connections are refused. */
async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/enhetsregisteret/api`;
}
