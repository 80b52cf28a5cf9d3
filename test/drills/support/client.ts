import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** How one request ended, as the drills count it. */
export type OutcomeKind = 'ok' | 'conflict' | 'error' | 'network';

export interface Outcome {
  op: string;
  kind: OutcomeKind;
  /** Wall time of the request. */
  ms: number;
  /** When it ended (Date.now()). */
  at: number;
  status: number | null;
  /** extensions.code of the first GraphQL error, or the network error's code. */
  code?: string;
  message?: string;
  data?: any;
  /** The raw response body, for checking what an error shows. */
  body?: string;
}

/** One keep-alive agent for all clients: the load generator's own CPU stays small next to the server. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

let addresses = 0;

/**
 * A browser-like GraphQL client over HTTP: JSON POSTs with its session cookie,
 * from its own documentation-range address (X-Forwarded-For) so the per-address
 * login throttle treats every client as a different person. `base` can change
 * (a restarted server listens on a new port); the cookie stays.
 */
export class DrillClient {
  cookie: string | undefined;
  readonly address: string;

  constructor(public base: string, private readonly timeoutMs = 30_000) {
    const n = addresses++;
    this.address = `${['203.0.113', '198.51.100', '192.0.2'][Math.floor(n / 250) % 3]}.${(n % 250) + 1}`;
  }

  async login(email: string, password: string): Promise<Outcome> {
    const outcome = await this.request('login', `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: password });
    if (outcome.kind !== 'ok') throw new Error(`Login as ${email} failed: ${outcome.code} ${outcome.message}`);
    return outcome;
  }

  request(op: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Outcome> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    const url = new URL('/graphql', this.base);
    const started = performance.now();
    const done = (fields: Omit<Outcome, 'op' | 'ms' | 'at'>): Outcome => ({ op, ms: performance.now() - started, at: Date.now(), ...fields });
    return new Promise((resolve) => {
      const req = http.request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          timeout: this.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            'x-forwarded-for': this.address,
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (error) => resolve(done({ kind: 'network', status: null, code: (error as NodeJS.ErrnoException).code ?? 'ERROR', message: error.message })));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0];
            if (setCookie) this.cookie = setCookie.endsWith('=') ? undefined : setCookie;
            let parsed: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = undefined;
            }
            const error = parsed?.errors?.[0];
            if (res.statusCode === 200 && parsed && !error) return resolve(done({ kind: 'ok', status: 200, data: parsed.data }));
            const code = error?.extensions?.code;
            resolve(done({ kind: code === 'CONFLICT' ? 'conflict' : 'error', status: res.statusCode ?? null, code, message: error?.message, data: parsed?.data, body: text }));
          });
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no answer in ${this.timeoutMs} ms`), { code: 'TIMEOUT' })));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(done({ kind: 'network', status: null, code: error.code ?? 'ERROR', message: error.message })));
      req.end(body);
    });
  }
}

/** Ends the keep-alive sockets, so the process can exit. */
export function closeClients(): void {
  agent.destroy();
}
