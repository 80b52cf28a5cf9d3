/**
 * The load loop: `connections` keep-alive sockets, each sending the same POST
 * one after another until `maxRequests` are done or `maxSeconds` have passed.
 * node:http rather than fetch, so the load generator's own CPU stays small on
 * a 2-core machine that also runs the server and PostgreSQL.
 */
import http from 'node:http';

export interface Target {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** The JSON request body, serialized once. */
  body: Buffer;
  cookie?: string;
}

export interface LoadLimits {
  connections: number;
  maxRequests: number;
  maxSeconds: number;
}

export interface LoadResult {
  connections: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first few error descriptions, to print. */
  errorSamples: string[];
}

/** A response is an error when the status is not 200 or the GraphQL body carries `errors`. */
const isError = (status: number | undefined, body: string) => status !== 200 || body.startsWith('{"errors"') || body.includes(',"errors":[');

/** A function that sends the target's POST over `connections` keep-alive sockets; `close()` ends them. */
export function createSender(target: Target, connections = 1) {
  const url = new URL(target.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const headers: http.OutgoingHttpHeaders = {
    'content-type': 'application/json',
    'content-length': target.body.length,
    ...(target.cookie ? { cookie: target.cookie } : {}),
  };
  const send = () =>
    new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
      const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(target.body);
    });
  return Object.assign(send, { close: () => agent.destroy() });
}

export async function runLoad(target: Target, limits: LoadLimits): Promise<LoadResult> {
  const send = createSender(target, limits.connections);
  const latencies = new Float64Array(limits.maxRequests);
  const errorSamples: string[] = [];
  let started = 0;
  let done = 0;
  let errors = 0;
  const begin = process.hrtime.bigint();
  const deadline = begin + BigInt(Math.round(limits.maxSeconds * 1e9));

  const connection = async () => {
    while (started < limits.maxRequests && process.hrtime.bigint() < deadline) {
      started++;
      const t0 = process.hrtime.bigint();
      let error: string | undefined;
      try {
        const { status, body } = await send();
        if (isError(status, body)) error = `HTTP ${status}: ${body.slice(0, 300)}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      latencies[done++] = Number(process.hrtime.bigint() - t0) / 1e6;
      if (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(error);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: limits.connections }, connection));
  } finally {
    send.close();
  }
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  const sorted = latencies.subarray(0, done).sort();
  return {
    connections: limits.connections,
    requests: done,
    seconds,
    requestsPerSecond: done / seconds,
    ...percentiles(sorted),
    errors,
    errorSamples,
  };
}

/** One request, its JSON answer parsed (for checks, not for timing). */
export async function postOnce(target: Target): Promise<{ data?: unknown; errors?: unknown[] }> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(target.cookie ? { cookie: target.cookie } : {}) },
    body: target.body.toString('utf8'),
  });
  return res.json() as Promise<{ data?: unknown; errors?: unknown[] }>;
}

/** Nearest-rank percentiles of values sorted ascending (milliseconds). */
export function percentiles(sorted: ArrayLike<number>): { p50: number; p95: number; p99: number } {
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
  return { p50: at(50), p95: at(95), p99: at(99) };
}
