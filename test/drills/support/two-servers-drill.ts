import { closeClients, DrillClient, type Outcome } from './client';
import { createDrillUsers, startMagnet, type ServerProcess } from './magnet';
import { connect, createDrillDatabase, scalar } from './postgres';

export interface TwoServersResult {
  problems: string[];
  /** Races run across the two processes, and how many ended with exactly one success and one CONFLICT. */
  races: number;
  oneWinner: number;
}

/** An edit of each editable kind by writer `w` (0 or 1), given the id and version both saw and two stages to move to. */
type EditInput = (id: string, version: number, w: number, stagesToMoveTo: string[]) => Record<string, unknown>;
const edits: { kind: string; mutation: string; input: EditInput }[] = [
  { kind: 'company edit', mutation: `mutation($i: UpdateProspectInput!) { updateProspect(input: $i) { version } }`, input: (id, version, w) => ({ id, version, estimatedJobs: 10 + w }) },
  { kind: 'stage move', mutation: `mutation($i: MoveProspectInput!) { moveProspect(input: $i) { version } }`, input: (id, version, w, stages) => ({ id, version, stageId: stages[w] }) },
  { kind: 'contact edit', mutation: `mutation($i: UpdateContactInput!) { updateContact(input: $i) { version } }`, input: (id, version, w) => ({ id, version, title: `Tittel ${w}` }) },
  { kind: 'meeting edit', mutation: `mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { version } }`, input: (id, version, w) => ({ id, version, minutes: `Referat fra skriver ${w}` }) },
  { kind: 'view edit', mutation: `mutation($i: UpdateViewInput!) { updateView(input: $i) { version } }`, input: (id, version, w) => ({ id, version, name: `Visning ${w}` }) },
  { kind: 'target edit', mutation: `mutation($i: UpdateTargetInput!) { updateTarget(input: $i) { version } }`, input: (id, version, w) => ({ id, version, value: 10 + w }) },
  { kind: 'focus area edit', mutation: `mutation($i: UpdateFocusAreaInput!) { updateFocusArea(input: $i) { version } }`, input: (id, version, w) => ({ id, version, color: w ? '#111111' : '#222222' }) },
  { kind: 'stage edit', mutation: `mutation($i: UpdateStageInput!) { updateStage(input: $i) { version } }`, input: (id, version, w) => ({ id, version, staleAfterDays: 40 + w }) },
];

/** The kinds of edit the drill races, one race each per round. */
export const editableKinds = () => edits.map((e) => e.kind);

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer:
 * both start at once on an empty database (both try to migrate; with
 * `concurrentStart: false` one after the other), a session
 * made on one works on the other and ends on both, two writers with one
 * version (one per process) give exactly one success and one CONFLICT for
 * every editable kind, a retried create with one idempotency key creates
 * once, and the login throttle counts failures from both processes.
 */
export async function runTwoServersDrill({
  rounds = 3,
  concurrentStart = true,
  log = console.log,
}: { rounds?: number; concurrentStart?: boolean; log?: (line: string) => void } = {}): Promise<TwoServersResult> {
  const database = await createDrillDatabase('two');
  const engine = { kind: 'postgres' as const, url: database.url };
  const servers: ServerProcess[] = [];
  const problems: string[] = [];
  let races = 0;
  let oneWinner = 0;
  const sql = await connect(database.url);
  try {
    log(`Two servers on one database (${database.name})`);
    // Both at once on an empty database, as two replicas of a first deployment: both try to migrate.
    const started = concurrentStart
      ? await Promise.allSettled([startMagnet(engine), startMagnet(engine)])
      : [await Promise.allSettled([startMagnet(engine)]).then((r) => r[0]!)];
    for (const s of started) {
      if (s.status === 'fulfilled') servers.push(s.value);
      else problems.push(`two servers started at once on an empty database: one did not start (${firstLine(s.reason)})`);
    }
    log(`  ${concurrentStart ? 'started at once on an empty database (both migrate)' : 'started one after the other'}: ${servers.length} of ${started.length} up`);
    while (servers.length < 2) servers.push(await startMagnet(engine)); // the database is migrated now
    const [a, b] = servers as [ServerProcess, ServerProcess];
    log(`  A ${a.url}, B ${b.url}`);

    const [user, other] = await createDrillUsers(sql, 2, 'LEADER');

    // A session made on A works on B, and a logout on B ends it on A too.
    const person = new DrillClient(a.url);
    await person.login(user!.email, user!.password);
    const cookie = person.cookie;
    person.base = b.url;
    const meOnB = await person.request('me', '{ me { id } }');
    if (meOnB.data?.me?.id !== user!.id) problems.push(`a session made on A is not known on B: ${describe(meOnB)}`);
    await person.request('logout', 'mutation { logout }');
    const stale = new DrillClient(a.url);
    stale.cookie = cookie;
    const meOnA = await stale.request('me', '{ me { id } }');
    if (meOnA.kind !== 'ok' || meOnA.data.me !== null) problems.push(`a session ended on B still works on A: ${describe(meOnA)}`);
    log(`  session made on A works on B: ${meOnB.data?.me?.id === user!.id ? 'yes' : 'NO'}; ended on B, refused on A: ${meOnA.data?.me === null ? 'yes' : 'NO'}`);

    // Two writers, one on each process, with the same version.
    const writerA = new DrillClient(a.url);
    await writerA.login(user!.email, user!.password);
    const writerB = new DrillClient(b.url);
    await writerB.login(other!.email, other!.password);
    // A saved view is changed only by its owner: for views, writer B is the same person in another browser, on B.
    const samePersonOnB = new DrillClient(b.url);
    samePersonOnB.cookie = writerA.cookie;
    const { stages, records } = await createRecords(writerA);
    for (let round = 0; round < rounds; round++) {
      for (const edit of edits) {
        const [id, version] = await currentVersion(writerA, edit.kind, records);
        const elsewhere = stages.filter((s) => s.category === 'OPEN' && s.id !== records.stageOf).map((s) => s.id);
        const inputs = [0, 1].map((w) => edit.input(id, version, w, elsewhere));
        const onB = edit.kind === 'view edit' ? samePersonOnB : writerB;
        const results = await Promise.all([writerA.request(edit.kind, edit.mutation, { i: inputs[0] }), onB.request(edit.kind, edit.mutation, { i: inputs[1] })]);
        races++;
        const kinds = results.map((r) => (r.kind === 'ok' ? 'OK' : (r.code ?? r.kind))).sort();
        if (kinds.join() === 'CONFLICT,OK') oneWinner++;
        else problems.push(`${edit.kind}, round ${round + 1}: expected one OK and one CONFLICT across A and B, got ${kinds.join(' + ')}`);
        if (edit.kind === 'stage move') records.stageOf = (await writerA.request('read', `query($id: ID!) { prospect(id: $id) { stage { id } } }`, { id })).data.prospect.stage.id;
      }
    }
    log(`  lost updates: ${oneWinner} of ${races} races across A and B ended with one OK and one CONFLICT`);

    // One idempotency key, sent to both processes at once: one company.
    const key = `two-servers-${Date.now()}`;
    const create = `mutation($i: CreateProspectInput!, $k: String) { createProspect(input: $i, idempotencyKey: $k) { id } }`;
    // Idempotency keys belong to a user: the same person sends the create through both processes.
    const twice = await Promise.all([writerA.request('create', create, { i: { name: 'Én gang AS' }, k: key }), samePersonOnB.request('create', create, { i: { name: 'Én gang AS' }, k: key })]);
    const stored = await scalar(sql, `SELECT count(*)::int FROM prospects WHERE name = 'Én gang AS'`);
    if (twice.some((r) => r.kind !== 'ok') || twice[0]!.data.createProspect.id !== twice[1]!.data.createProspect.id || stored !== 1) {
      problems.push(`one idempotency key on A and B at once: ${twice.map(describe).join(' / ')}, ${stored} stored`);
    }
    log(`  idempotent create on A and B at once: ${stored} company stored`);

    // The login throttle counts failures on both processes: the 11th attempt in a row is refused, even with the right password.
    const [victim] = await createDrillUsers(sql, 1, 'MEMBER');
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const guesser = new DrillClient(i % 2 ? b.url : a.url); // a new address each time: only the account's count adds up
      const attempt = await guesser.request('login', `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, {
        e: victim!.email,
        p: i < 10 ? 'feil-passord-123' : victim!.password,
      });
      codes.push(attempt.kind === 'ok' ? 'OK' : (attempt.code ?? attempt.kind));
    }
    if (codes.slice(0, 10).some((c) => c !== 'UNAUTHENTICATED') || codes[10] !== 'RATE_LIMITED') {
      problems.push(`login throttle across A and B: expected 10 × UNAUTHENTICATED then RATE_LIMITED, got ${codes.join(', ')}`);
    }
    log(`  login throttle across A and B: attempt 11 → ${codes[10]}`);
    return { problems, races, oneWinner };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    closeClients();
    await sql.close();
    await database.drop();
  }
}

interface Records {
  prospect: string;
  contact: string;
  meeting: string;
  view: string;
  target: string;
  focusArea: string;
  stage: string;
  stageOf: string;
}

/** One record of each editable kind, made through A. */
async function createRecords(client: DrillClient) {
  const must = async (query: string, variables?: Record<string, unknown>) => {
    const outcome = await client.request('setup', query, variables);
    if (outcome.kind !== 'ok') throw new Error(`setup failed: ${describe(outcome)}`);
    return outcome.data;
  };
  const { stages } = await must('{ stages { id key category } }');
  const prospect = (await must(`mutation { createProspect(input: { name: "To prosesser AS" }) { id stage { id } } }`)).createProspect;
  const contact = (await must(`mutation($p: ID!) { createContact(input: { prospectId: $p, name: "Kari" }) { id } }`, { p: prospect.id })).createContact.id;
  const meeting = (await must(`mutation($p: ID!) { createMeeting(input: { kind: OTHER, startsAt: "2026-01-05T10:00:00+01:00", prospectIds: [$p] }) { id } }`, { p: prospect.id })).createMeeting.id;
  const view = (await must(`mutation { saveView(input: { name: "Felles", filter: {} }) { id } }`)).saveView.id;
  const target = (await must(`mutation { createTarget(input: { metric: JOBS, periodStart: "2026-01-01", periodEnd: "2026-12-31", value: 5 }) { id } }`)).createTarget.id;
  const focusArea = (await must(`mutation { createFocusArea(input: { nameNb: "Reiseliv", nameEn: "Tourism", color: "#336699" }) { id } }`)).createFocusArea.id;
  const stage = (stages as { id: string; key: string }[]).find((s) => s.key === 'DIALOGUE')!.id;
  const records: Records = { prospect: prospect.id, contact, meeting, view, target, focusArea, stage, stageOf: prospect.stage.id };
  return { stages: stages as { id: string; category: string }[], records };
}

/** The id and current version of the record an edit of `kind` changes. */
async function currentVersion(client: DrillClient, kind: string, r: Records): Promise<[string, number]> {
  const read = async (query: string, id: string, pick: (data: any) => number): Promise<[string, number]> => {
    const outcome = await client.request('read', query, { id });
    if (outcome.kind !== 'ok') throw new Error(`reading ${kind} failed: ${describe(outcome)}`);
    return [id, pick(outcome.data)];
  };
  if (kind === 'contact edit') return read(`query($id: ID!) { prospect(id: $id) { contacts { id version } } }`, r.prospect, (d) => d.prospect.contacts[0].version).then(([, v]) => [r.contact, v]);
  if (kind === 'meeting edit') return read(`query($id: ID!) { meeting(id: $id) { version } }`, r.meeting, (d) => d.meeting.version);
  // Lists without a query by id: the record's version from the list.
  const fromList = async (list: 'savedViews' | 'targets' | 'focusAreas' | 'stages', id: string): Promise<[string, number]> => {
    const outcome = await client.request('read', `{ ${list} { id version } }`);
    if (outcome.kind !== 'ok') throw new Error(`reading ${kind} failed: ${describe(outcome)}`);
    return [id, outcome.data[list].find((v: { id: string }) => v.id === id).version];
  };
  if (kind === 'view edit') return fromList('savedViews', r.view);
  if (kind === 'target edit') return fromList('targets', r.target);
  if (kind === 'focus area edit') return fromList('focusAreas', r.focusArea);
  if (kind === 'stage edit') return fromList('stages', r.stage);
  return read(`query($id: ID!) { prospect(id: $id) { version } }`, r.prospect, (d) => d.prospect.version);
}

const describe = (o: Outcome) => (o.kind === 'ok' ? 'OK' : `${o.kind} ${o.code ?? ''} ${o.message ?? ''}`.trim());
const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n').slice(0, 3).join(' ').slice(0, 300);
