import { setTimeout as sleep } from 'node:timers/promises';
import { currentMunicipalityNumber } from '../municipality/municipalities';
import { normalizeOrgNumber } from '../prospect/org-number';
import { entityResponse, searchResponse } from './brreg.response';
import type { RegisterEntity } from './brreg.types';
import { TtlCache } from './ttl-cache';

export interface Unavailable {
  status: 'UNAVAILABLE';
  /** For the server log, in English; the user gets a message of their own. */
  reason: string;
}

export type RegisterLookup =
  | { status: 'FOUND'; entity: RegisterEntity }
  | { status: 'DELETED'; entity: RegisterEntity; deletedOn: string }
  | { status: 'NOT_FOUND' }
  | { status: 'REMOVED' }
  | { status: 'INVALID' }
  | Unavailable;

export interface RegisterSearchQuery {
  name?: string | null;
  /** Old (0427) or current (3420) number; the register is sent the current one. */
  municipality?: string | null;
  industryCode?: string | null;
  page?: number;
  size?: number;
}

export type RegisterSearch =
  | { status: 'OK'; entities: RegisterEntity[]; total: number; page: number; totalPages: number }
  | { status: 'BEYOND_LIMIT'; limit: number }
  | Unavailable;

export interface BrregClientOptions {
  baseUrl?: string;
  /** Per request. */
  timeoutMs?: number;
  cacheTtlMs?: number;
  userAgent?: string;
  /** Extra attempts after a 429, a 5xx or a network error. */
  retries?: number;
  /** First backoff; it doubles on each retry. */
  retryDelayMs?: number;
  /** A longer Retry-After gives up at once rather than wait or ask early. */
  maxRetryAfterMs?: number;
}

/** The register pages no deeper than this: (page + 1) · size ≤ 10 000. */
export const SEARCH_LIMIT = 10_000;

type Answer = { status: 'ANSWER'; httpStatus: number; body: unknown } | Unavailable;

const unavailable = (reason: string): Unavailable => ({ status: 'UNAVAILABLE', reason });

/** Enhetsregisteret (Brønnøysund) over its open API, with a short cache of lookups. */
export class BrregClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly userAgent: string;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly cache: TtlCache<RegisterLookup>;

  constructor(options: BrregClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? 'https://data.brreg.no/enhetsregisteret/api').replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.userAgent = options.userAgent ?? 'Magnet/0.1 (regional business development)';
    this.retries = options.retries ?? 2;
    this.retryDelayMs = options.retryDelayMs ?? 200;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 5000;
    this.cache = new TtlCache(options.cacheTtlMs ?? 10 * 60_000);
  }

  /** Accepts "952 857 991". `fresh` skips the cache, e.g. to check again before saving. */
  async lookup(input: string, { fresh = false } = {}): Promise<RegisterLookup> {
    const orgNumber = normalizeOrgNumber(input);
    if (!orgNumber) return { status: 'INVALID' };
    const cached = fresh ? undefined : this.cache.get(orgNumber);
    if (cached) return cached;

    const result = toLookup(await this.get(`/enheter/${orgNumber}`));
    // 410 means removed for legal reasons: no copy may outlive it.
    if (result.status === 'REMOVED') this.cache.delete(orgNumber);
    else if (result.status !== 'UNAVAILABLE') this.cache.set(orgNumber, result);
    return result;
  }

  async search(query: RegisterSearchQuery): Promise<RegisterSearch> {
    const page = query.page ?? 0;
    const size = query.size ?? 20;
    if ((page + 1) * size > SEARCH_LIMIT) return { status: 'BEYOND_LIMIT', limit: SEARCH_LIMIT };

    const params = new URLSearchParams();
    if (query.name) params.set('navn', query.name);
    if (query.municipality) params.set('kommunenummer', currentMunicipalityNumber(query.municipality));
    if (query.industryCode) params.set('naeringskode', query.industryCode);
    params.set('page', String(page));
    params.set('size', String(size));

    const answer = await this.get(`/enheter?${params}`);
    if (answer.status === 'UNAVAILABLE') return answer;
    if (answer.httpStatus !== 200) return unavailable(`HTTP ${answer.httpStatus}`);
    const parsed = searchResponse.safeParse(answer.body);
    if (!parsed.success) return unavailable('unexpected search response');
    const { _embedded, page: p } = parsed.data;
    return { status: 'OK', entities: _embedded?.enheter ?? [], total: p.totalElements, page: p.number, totalPages: p.totalPages };
  }

  private async get(path: string): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      const backoff = this.retryDelayMs * 2 ** attempt;
      let response: Response;
      try {
        response = await fetch(this.baseUrl + path, {
          headers: { accept: 'application/json', 'user-agent': this.userAgent },
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        // A timeout is not retried: someone is waiting in a form, and a slow register seldom recovers in seconds.
        if (isTimeout(error)) return unavailable(`no answer within ${this.timeoutMs} ms`);
        if (attempt >= this.retries) return unavailable(`network error: ${errorText(error)}`);
        await sleep(backoff);
        continue;
      }

      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        if (attempt >= this.retries) return unavailable(`HTTP ${response.status} after ${attempt + 1} attempts`);
        const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff;
        if (wait > this.maxRetryAfterMs) return unavailable(`HTTP ${response.status}, asked to wait ${wait} ms`);
        await sleep(wait);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { status: 'ANSWER', httpStatus: response.status, body: null };
      }
      try {
        return { status: 'ANSWER', httpStatus: response.status, body: await response.json() };
      } catch (error) {
        return unavailable(isTimeout(error) ? `no answer within ${this.timeoutMs} ms` : 'malformed JSON');
      }
    }
  }
}

function toLookup(answer: Answer): RegisterLookup {
  if (answer.status === 'UNAVAILABLE') return answer;
  if (answer.httpStatus === 404) return { status: 'NOT_FOUND' };
  if (answer.httpStatus === 410) return { status: 'REMOVED' };
  if (answer.httpStatus !== 200) return unavailable(`HTTP ${answer.httpStatus}`);
  const parsed = entityResponse.safeParse(answer.body);
  if (!parsed.success) return unavailable('unexpected entity response');
  const entity = parsed.data;
  return entity.deletedOn ? { status: 'DELETED', entity, deletedOn: entity.deletedOn } : { status: 'FOUND', entity };
}

/** Retry-After is seconds or an HTTP date. */
function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

const isTimeout = (error: unknown) => error instanceof Error && error.name === 'TimeoutError';

const errorText = (error: unknown) => {
  const cause = error instanceof Error ? error.cause : undefined;
  return cause instanceof Error ? cause.message : String(error);
};
