import { randomBytes } from 'node:crypto';
import { createRandom, type Random } from '../../../server/src/modules/demo/random';
import type { DrillClient, Outcome } from './client';
import type { Ledger } from './ledger';
import type { Recorder } from './recorder';

/**
 * What the team does all day, as GraphQL over HTTP: look at the pipeline,
 * the company list and a company's page; enter a company, log a meeting with
 * its minutes, drag a card to another stage (with the version it saw).
 */
export interface World {
  stages: { id: string; key: string; category: 'OPEN' | 'WON' | 'LOST' }[];
  focusAreas: string[];
  /** Companies any client may read or move: the demo's and every acknowledged new one (shared, so moves race honestly). */
  companies: string[];
}

export async function loadWorld(client: DrillClient): Promise<World> {
  const outcome = await client.request('world', `{ stages { id key category } focusAreas { id } prospects(first: 200) { edges { node { id } } } }`);
  if (outcome.kind !== 'ok') throw new Error(`Could not read stages and companies: ${outcome.code} ${outcome.message}`);
  return {
    stages: outcome.data.stages,
    focusAreas: outcome.data.focusAreas.map((f: { id: string }) => f.id),
    companies: outcome.data.prospects.edges.map((e: { node: { id: string } }) => e.node.id),
  };
}

// A seeded random source (the demo's), so a client's sequence of actions can be replayed.

// Text the way people write it: Norwegian letters, quotes of every kind, SQL-ish and LIKE characters, emoji, new lines.
const nameFlavours = ['AS', 'Sønner & Co AS', '«Ærlig» Øl og Ål AS', "O'Brien Holding", '100% Bio_Tech AS', 'Back\\slash ENK', 'Smith "Logistikk" SA', '🌲 Skog AS', 'İnnovasjon Ltd'];
const minuteLines = [
  'Gjennomgang av planer for etablering i Elverum.',
  "Deltakere: Kari O'Hara (daglig leder) og «prosjektleder».",
  'Tema: bioøkonomi – 100 % enige om neste steg; se vedlegg_1.',
  'Kostnader: 12 500 000 kr; $1 per enhet; 50% tilskudd?',
  "Merknad: '; DROP TABLE meetings; -- (limt inn fra e-post)",
  'Oppfølging 🚀 innen 14 dager.\tAnsvar: Ola\\Per.',
];

function minutesText(random: Random, token: string): string {
  const lines = [`Referat ${token}`];
  const count = 1 + random.int(0, 29);
  for (let i = 0; i < count; i++) lines.push(random.pick(minuteLines));
  return lines.join('\n');
}

export type Weights = Record<'pipeline' | 'list' | 'company' | 'createCompany' | 'logMeeting' | 'move', number>;

/** The mix of the load drill: mostly reading, about a third writing. */
export const mixedWeights: Weights = { pipeline: 22, list: 18, company: 25, createCompany: 12, logMeeting: 12, move: 11 };
/** Writing only, for the fault drills. */
export const writeWeights: Weights = { pipeline: 0, list: 0, company: 0, createCompany: 40, logMeeting: 40, move: 20 };

const PIPELINE = `query($f: ProspectFilter) { pipeline(filter: $f, first: 20) {
  columns { count estimatedJobs stage { key nameNb } cards { totalCount edges { node { id name version contactCount focusAreas { key } } } } } } }`;
const LIST = `query($f: ProspectFilter, $o: ProspectOrder!) { prospects(filter: $f, first: 50, orderBy: $o) {
  totalCount edges { node { id name orgNumberFormatted stage { nameNb } owner { name } lastActivityAt } } pageInfo { endCursor hasNextPage } } }`;
const COMPANY = `query($id: ID!) { prospect(id: $id) {
  id name version orgNumberFormatted estimatedJobs stage { id key } focusAreas { nameNb color }
  contacts { name title email phone } meetings { id kind startsAt minutes nextStep }
  stageHistory { from { key } to { key } changedAt by { name } } timeline { __typename } } }`;
const CREATE_COMPANY = `mutation($i: CreateProspectInput!, $k: String) { createProspect(input: $i, idempotencyKey: $k) { id name version } }`;
const LOG_MEETING = `mutation($i: CreateMeetingInput!, $k: String) { createMeeting(input: $i, idempotencyKey: $k) { id minutes } }`;
const MOVE = `mutation($i: MoveProspectInput!) { moveProspect(input: $i) { id version stage { id } } }`;
const CURRENT = `query($id: ID!) { prospect(id: $id) { version stage { id } } }`;

/** A write that was sent: what it was, so a retry can send the very same request. */
export interface PendingWrite {
  op: 'createCompany' | 'logMeeting';
  variables: Record<string, unknown>;
  remember: (data: any) => void;
}

/**
 * One simulated person: logged-in `client`, acting until `stop()` says so.
 * Every request goes to `recorder`; every acknowledged write to `ledger`.
 * Writes that got no answer are left in `unanswered` (with their idempotency
 * key), so a fault drill can retry them.
 */
export async function actAsPerson(args: {
  client: DrillClient;
  index: number;
  world: World;
  weights: Weights;
  recorder: Recorder;
  ledger: Ledger;
  stop: () => boolean;
  unanswered?: PendingWrite[];
}): Promise<void> {
  const { client, index, world, weights, recorder, ledger } = args;
  const random = createRandom(index + 1);
  const ops = Object.entries(weights).filter(([, w]) => w > 0) as [keyof Weights, number][];
  const total = ops.reduce((s, [, w]) => s + w, 0);
  const pickOp = () => {
    let r = random.next() * total;
    for (const [op, w] of ops) if ((r -= w) < 0) return op;
    return ops[ops.length - 1]![0];
  };
  const send = async (op: string, query: string, variables?: Record<string, unknown>) => recorder.add(await client.request(op, query, variables));
  const someFocusAreas = () => world.focusAreas.filter(() => random.next() < 0.4).slice(0, 2);
  let seq = 0;

  /** Sends a create; an acknowledged one goes to the ledger, an unanswered one is kept for a retry. */
  const write = async (pending: PendingWrite, query: string) => {
    const outcome = await send(pending.op, query, pending.variables);
    if (outcome.kind === 'ok') pending.remember(outcome.data);
    else if (outcome.kind === 'network' || outcome.kind === 'error') {
      ledger.inDoubt[pending.op === 'createCompany' ? 'companies' : 'meetings']++;
      args.unanswered?.push(pending);
    }
    return outcome;
  };

  while (!args.stop()) {
    const op = pickOp();
    const id = world.companies.length ? random.pick(world.companies) : undefined;
    if (op === 'pipeline') {
      await send(op, PIPELINE, { f: { focusAreaIds: someFocusAreas() } });
    } else if (op === 'list') {
      await send(op, LIST, { f: random.next() < 0.3 ? { text: random.pick(['AS', 'bio', 'Drill', "O'B", '100%', '_']) } : {}, o: random.pick(['NAME_ASC', 'LAST_ACTIVITY_DESC', 'CREATED_DESC']) });
    } else if (op === 'company' && id) {
      await send(op, COMPANY, { id });
    } else if (op === 'createCompany') {
      const name = `Drill ${index}-${++seq} ${random.pick(nameFlavours)}`;
      const variables = { i: { name, focusAreaIds: someFocusAreas(), estimatedJobs: random.int(0, 39) }, k: `drill-${index}-${seq}-${randomBytes(4).toString('hex')}` };
      await write({
        op,
        variables,
        remember: (data) => {
          ledger.companies.set(data.createProspect.id, { name });
          world.companies.push(data.createProspect.id);
        },
      }, CREATE_COMPANY);
    } else if (op === 'logMeeting' && id) {
      const minutes = minutesText(random, `${index}-${++seq}-${randomBytes(3).toString('hex')}`);
      const variables = {
        i: { kind: 'DIALOGUE_MEETING', startsAt: new Date().toISOString(), prospectIds: [id], minutes, nextStep: 'Sende tilbud' },
        k: `drill-m-${index}-${seq}-${randomBytes(4).toString('hex')}`,
      };
      await write({ op, variables, remember: (data) => ledger.meetings.set(data.createMeeting.id, { prospectId: id, minutes }) }, LOG_MEETING);
    } else if (op === 'move' && id) {
      const current: Outcome = await send('move:read', CURRENT, { id });
      if (current.kind !== 'ok') continue;
      const from = current.data.prospect.stage.id;
      const to = random.pick(world.stages.filter((s) => s.id !== from));
      const input: Record<string, unknown> = { id, version: current.data.prospect.version, stageId: to.id };
      if (to.category === 'WON') Object.assign(input, { realizedJobs: random.int(0, 19), newResidents: random.int(0, 9) });
      if (to.category === 'LOST') input.lostReason = 'Valgte en annen region («Hamar»).';
      const moved = await send(op, MOVE, { i: input });
      if (moved.kind === 'ok') ledger.moves.push({ prospectId: id, version: moved.data.moveProspect.version, stageId: to.id });
      else if (moved.kind !== 'conflict') ledger.inDoubt.moves++;
    }
  }
}

/**
 * Sends again, with the same idempotency keys (so from the same user), the
 * writes that got no answer: a write that did commit is answered with its
 * first result and not repeated. Returns how many failed again.
 */
export async function retryUnanswered(client: DrillClient, pending: PendingWrite[], recorder: Recorder, ledger: Ledger): Promise<number> {
  let failed = 0;
  for (const write of pending.splice(0)) {
    const query = write.op === 'createCompany' ? CREATE_COMPANY : LOG_MEETING;
    const outcome = recorder.add(await client.request(`${write.op}:retry`, query, write.variables));
    if (outcome.kind === 'ok') {
      write.remember(outcome.data);
      ledger.inDoubt[write.op === 'createCompany' ? 'companies' : 'meetings']--;
    } else failed++;
  }
  return failed;
}
