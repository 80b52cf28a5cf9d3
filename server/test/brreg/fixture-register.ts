import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const fixtures = path.join(__dirname, 'fixtures');
const basePath = '/enhetsregisteret/api';

export interface CannedResponse {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering at all. */
  delayMs?: number;
}

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  userAgent: string | undefined;
  at: number;
}

/**
 * A stand-in for Enhetsregisteret on 127.0.0.1 under the register's own base
 * path (/enhetsregisteret/api): `/enheter/{orgnr}` serves
 * fixtures/enheter/{orgnr}.json (404 when there is none), `/enheter?…` serves
 * the search fixtures. Tests queue canned answers per org number or mark a
 * number removed (410), and read back every request the server saw.
 */
export async function startFixtureRegister() {
  const requests: SeenRequest[] = [];
  const queued = new Map<string, CannedResponse[]>();
  const removed = new Set<string>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://register');
    const route = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : null;
    requests.push({ path: route ?? url.pathname, query: url.searchParams, userAgent: req.headers['user-agent'], at: Date.now() });
    const answer = (r: CannedResponse) => {
      const send = () => res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers }).end(r.body ?? '');
      if (r.delayMs) setTimeout(send, r.delayMs).unref();
      else send();
    };

    const orgNumber = /^\/enheter\/(\d{9})$/.exec(route ?? '')?.[1];
    if (orgNumber) {
      const canned = queued.get(orgNumber)?.shift();
      if (canned) return answer(canned);
      if (removed.has(orgNumber)) return answer({ status: 410, body: '{"status":410,"error":"Gone"}' });
      const file = path.join(fixtures, 'enheter', `${orgNumber}.json`);
      return answer(fs.existsSync(file) ? { status: 200, body: fs.readFileSync(file, 'utf8') } : { status: 404, body: '{"status":404}' });
    }
    if (route === '/enheter') {
      const file = url.searchParams.get('kommunenummer') === '3420' ? 'search-kommunenummer-3420.json' : 'search-empty.json';
      return answer({ status: 200, body: fs.readFileSync(path.join(fixtures, file), 'utf8') });
    }
    answer({ status: 400, body: '{"status":400}' });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    /** Answers the next requests for this number with these, in order, before the fixture. */
    queue: (orgNumber: string, ...responses: CannedResponse[]) => queued.set(orgNumber, responses),
    remove: (orgNumber: string) => removed.add(orgNumber),
    reset() {
      requests.length = 0;
      queued.clear();
      removed.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FixtureRegister = Awaited<ReturnType<typeof startFixtureRegister>>;
