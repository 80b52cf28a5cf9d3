/**
 * The throughput reference of budgets.md: a bare `http` + `pg` server that
 * answers the pipeline page with the same JSON as Magnet's `pipelineCards`,
 * from hand-written SQL — no Express, GraphQL or ORM. It reads the same POST
 * body (only its variables) and checks the same session cookie, since a real
 * endpoint must. Started as a child by baselines.ts; prints `listening <port>`.
 *
 *   BARE_DATABASE_URL=postgres://… node -r ./server/register.cjs test/bench/bare-server.ts
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 10, application_name: 'magnet-bare-bench', options: '-c jit=off' }); // as Magnet's own connections
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The session rules of SessionService.findViewer, written out again on purpose: this server imports nothing of Magnet.
const sessionSql = `
  SELECT s.id, s.last_seen_at < now() - interval '1 minute' AS stale
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(mins => 120)`;

// One statement for the whole column: cards in board order with their focus areas, contact count and owner.
// The focus-area condition is left out when there is none (an `OR cardinality(…) = 0` makes PostgreSQL hash all links first).
const cardsSql = (focusAreaFilter: boolean) => `
  SELECT p.id, p.name, p.position, p.last_activity_at::text AS activity, u.name AS owner_name,
         (s.category = 'OPEN' AND s.stale_after_days IS NOT NULL
           AND p.last_activity_at < now() - make_interval(days => s.stale_after_days)) AS stale,
         (SELECT count(*)::int FROM contacts c WHERE c.prospect_id = p.id) AS contact_count,
         (SELECT coalesce(json_agg(json_build_object('key', f.key, 'nameNb', f.name_nb, 'color', f.color) ORDER BY f.position), '[]')
            FROM prospect_focus_areas pf JOIN focus_areas f ON f.id = pf.focus_area_id WHERE pf.prospect_id = p.id) AS focus_areas
    FROM prospects p JOIN stages s ON s.id = p.stage_id LEFT JOIN users u ON u.id = p.owner_id
   WHERE p.stage_id = $1 AND p.archived_at IS NULL
     ${focusAreaFilter ? 'AND EXISTS (SELECT 1 FROM prospect_focus_areas x WHERE x.prospect_id = p.id AND x.focus_area_id = ANY($3))' : ''}
   ORDER BY p.position ASC, p.last_activity_at DESC, p.id ASC
   LIMIT $2`;

interface CardRow {
  id: string;
  name: string;
  position: number;
  activity: string;
  owner_name: string | null;
  stale: boolean;
  contact_count: number;
  focus_areas: { key: string; nameNb: string; color: string }[];
}

const cursorOf = (r: CardRow) => Buffer.from(JSON.stringify([r.position, r.activity, r.id])).toString('base64url');

async function viewerSession(cookieHeader: string | undefined): Promise<boolean> {
  const token = /(?:^|;\s*)magnet_session=([A-Za-z0-9_-]{20,100})/.exec(cookieHeader ?? '')?.[1];
  if (!token) return false;
  const { rows } = await pool.query<{ id: string; stale: boolean }>(sessionSql, [createHash('sha256').update(token).digest('hex')]);
  if (rows[0]?.stale) await pool.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [rows[0].id]);
  return rows.length > 0;
}

async function pipelineCards(body: string, cookie: string | undefined): Promise<[number, unknown]> {
  const vars = (JSON.parse(body) as { variables?: { stageId?: unknown; filter?: { focusAreaIds?: unknown }; first?: unknown } }).variables ?? {};
  const focusAreaIds = vars.filter?.focusAreaIds ?? [];
  const first = vars.first ?? 20;
  if (typeof vars.stageId !== 'string' || !uuid.test(vars.stageId) || !Array.isArray(focusAreaIds) || !focusAreaIds.every((id) => typeof id === 'string' && uuid.test(id))
    || typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > 100) {
    return [400, { errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT' } }] }];
  }
  if (!(await viewerSession(cookie))) return [401, { errors: [{ message: 'Du må logge inn.', extensions: { code: 'UNAUTHENTICATED' } }] }];
  const filtered = focusAreaIds.length > 0;
  const { rows } = await pool.query<CardRow>(cardsSql(filtered), [vars.stageId, first + 1, ...(filtered ? [focusAreaIds] : [])]);
  const page = rows.slice(0, first);
  return [200, {
    data: {
      pipelineCards: {
        edges: page.map((r) => ({
          node: {
            id: r.id, name: r.name, stale: r.stale, contactCount: r.contact_count,
            focusAreas: r.focus_areas, owner: r.owner_name === null ? null : { name: r.owner_name },
          },
        })),
        pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursorOf(page[page.length - 1]!) : null },
      },
    },
  }];
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    pipelineCards(Buffer.concat(chunks).toString('utf8'), req.headers.cookie)
      .catch((e: unknown) => [500, { errors: [{ message: e instanceof Error ? e.message : String(e) }] }] as const)
      .then(([status, payload]) => {
        const json = JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      });
  });
});

server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as { port: number }).port}`));
const stop = () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The parent closes our stdin when it exits, even when it is killed: do not outlive it.
process.stdin.on('end', stop).resume();
