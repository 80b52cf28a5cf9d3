import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/password';
import type { EntityManager } from 'typeorm';
import { FocusArea } from '../focus-area/focus-area.entity';
import { MeetingKind } from '../meeting/meeting.entity';
import { orgNumberCheckDigit } from '../prospect/org-number';
import { TargetGroup } from '../prospect/prospect.entity';
import { Stage } from '../stage/stage.entity';
import {
  demoCompanies,
  demoUsers,
  firstNames,
  lastNames,
  lostReasons,
  meetingTexts,
  sources,
  titles,
} from './demo.data';
import { createRandom, type Random } from './random';

const DAY = 86_400_000;
const programmeStart = Date.UTC(2015, 6, 1);
const programmeEnd = Date.UTC(2018, 5, 30);
const region = ['3420', '3419', '3422'];
const elsewhere = ['0301', '3403', '3411', '3421', '4601', '5001', '3205'];

export interface SeedOptions {
  seed?: number;
  /** One password for every demo user; by default each gets a random one, printed once. */
  password?: string;
  /** The demo's "today": recent meetings and follow-ups are placed around it. */
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedResult {
  users: { name: string; email: string; role: string; password: string }[];
  prospects: number;
  meetings: number;
  stageChanges: number;
}

/** Seeds the demo only into a database that holds no companies and no users. */
export async function seedDemoIfEmpty(em: EntityManager, options: SeedOptions = {}): Promise<SeedResult | null> {
  const [{ n }] = await em.query<{ n: number }[]>(
    'SELECT (SELECT count(*) FROM prospects) + (SELECT count(*) FROM users) AS n',
  );
  if (Number(n) > 0) return null;
  const result = await seedDemo(em, options);
  options.log?.(
    `Seeded demo data: ${result.prospects} companies, ${result.meetings} meetings, ${result.stageChanges} stage changes.`,
  );
  options.log?.('Demo users (shown once; change the passwords under Innstillinger):');
  for (const u of result.users) options.log?.(`  ${u.role.padEnd(6)} ${u.email.padEnd(30)} ${u.password}`);
  return result;
}

/**
 * A living demo: about 60 fictional companies of the region across the four
 * focus areas and all stages, with contacts, meetings and three years of stage
 * history (July 2015 – June 2018) that follows the log rules; companies still
 * open have recent meetings and follow-ups around `now`.
 */
export async function seedDemo(em: EntityManager, options: SeedOptions = {}): Promise<SeedResult> {
  const random = createRandom(options.seed ?? 20150701);
  const now = (options.now ?? new Date()).getTime();
  return em.transaction(async (tx) => {
    const stages = await tx.find(Stage, { order: { position: 'ASC' } });
    const focusAreas = await tx.find(FocusArea, { order: { position: 'ASC' } });
    const stageByKey = new Map(stages.map((s) => [s.key, s]));
    const openKeys = stages.filter((s) => s.category === 'OPEN').map((s) => s.key);

    const users = demoUsers.map((u) => ({
      id: randomUUID(),
      ...u,
      password: options.password ?? randomBytes(9).toString('base64url'),
    }));
    const hashes = await Promise.all(users.map((u) => hashPassword(u.password)));
    await tx.query(
      `INSERT INTO users (id, name, email, role, password_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [users.map((u) => u.id), users.map((u) => u.name), users.map((u) => u.email), users.map((u) => u.role), hashes],
    );
    const owners = users.filter((u) => u.role !== 'BOARD');

    const rows = buildCompanies(random, focusAreas, openKeys, now);
    const prospects: unknown[][] = [];
    const focusLinks: [string, string][] = [];
    const contacts: unknown[][] = [];
    const changes: unknown[][] = [];
    const meetings: unknown[][] = [];
    const meetingProspects: [string, string][] = [];
    const meetingUsers: [string, string][] = [];
    const meetingContacts: [string, string][] = [];
    const positionByStage = new Map<string, number>();
    /** Companies far enough along to have a meeting booked. */
    const inTalks: { id: string; ownerId: string; contactIds: string[] }[] = [];

    const addMeeting = (m: {
      kind: MeetingKind;
      at: number;
      prospectIds: string[];
      userIds: string[];
      contactIds: string[];
      followUpAt: number | null;
      done: boolean;
      /** Not held yet: no minutes, outcome or next step. */
      planned?: boolean;
    }) => {
      const id = randomUUID();
      const texts = meetingTexts[m.kind];
      meetings.push(m.planned
        ? [id, m.kind, new Date(m.at), null, null, null, null, false, m.userIds[0] ?? null]
        : [
          id, m.kind, new Date(m.at), random.pick(texts.minutes), m.kind === 'DIALOGUE_MEETING' ? 'Positiv dialog' : null,
          random.pick(texts.nextSteps), m.followUpAt === null ? null : isoDate(m.followUpAt), m.done, m.userIds[0] ?? null,
        ]);
      for (const p of m.prospectIds) meetingProspects.push([id, p]);
      for (const u of m.userIds) meetingUsers.push([id, u]);
      for (const c of m.contactIds) meetingContacts.push([id, c]);
      return m.at;
    };

    for (const [index, company] of rows.entries()) {
      const id = randomUUID();
      const owner = owners[index % owners.length]!;
      const stageKey = company.path.at(-1)!.key;
      const stage = stageByKey.get(stageKey)!;
      const position = (positionByStage.get(stage.id) ?? 0) + 1;
      positionByStage.set(stage.id, position);

      const contactIds: string[] = [];
      const slug = company.name.toLowerCase().replace(/ as$/, '').replace(/[^a-zæøå0-9]+/g, '-').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/æ/g, 'ae').replace(/ø/g, 'o');
      for (let c = 0; c < random.int(1, 3); c++) {
        const first = random.pick(firstNames);
        const last = random.pick(lastNames);
        const contactId = randomUUID();
        contactIds.push(contactId);
        const mail = `${first}.${last}`.toLowerCase().replace(/ø/g, 'o').replace(/å/g, 'aa').replace(/æ/g, 'ae');
        contacts.push([
          contactId, id, `${first} ${last}`, random.pick(titles), `${mail}@${slug}.example`,
          `+47 4${random.int(10, 99)} ${random.int(10, 99)} ${random.int(100, 999)}`, random.chance(0.05),
        ]);
      }

      let lastActivity = company.createdAt;
      let from: string | null = null;
      for (const step of company.path) {
        const to = stageByKey.get(step.key)!;
        changes.push([randomUUID(), id, from, to.id, new Date(step.at), owner.id]);
        from = to.id;
        lastActivity = Math.max(lastActivity, step.at);
        const kind = meetingKindForStage[step.key];
        if (kind && step.at > company.createdAt) {
          const at = step.at - random.int(1, 5) * DAY + 9 * 3_600_000;
          addMeeting({
            kind, at, prospectIds: [id], userIds: [owner.id], contactIds: contactIds.slice(0, 1),
            followUpAt: at + random.int(14, 30) * DAY, done: true,
          });
        }
      }

      // Still open: recent contact and a follow-up due soon (or a little overdue).
      if (stage.category === 'OPEN') {
        const at = now - random.int(3, 60) * DAY;
        lastActivity = Math.max(lastActivity, addMeeting({
          kind: random.pick([MeetingKind.DIALOGUE_MEETING, MeetingKind.PHONE_CALL, MeetingKind.SITE_VISIT]),
          at, prospectIds: [id], userIds: [owner.id], contactIds: contactIds.slice(0, 2),
          followUpAt: now + random.int(-7, 21) * DAY, done: false,
        }));
      }

      if (['DIALOGUE', 'CONSIDERING', 'DECISION'].includes(stageKey)) inTalks.push({ id, ownerId: owner.id, contactIds });

      const estimatedJobs = random.int(2, 40);
      const won = stage.category === 'WON';
      prospects.push([
        id, company.name, company.orgNumber, `https://www.${slug}.example`, company.industry[0], company.industry[1],
        'AS', random.chance(0.15) ? null : random.int(3, 250), `${random.pick(['Storgata', 'Industriveien', 'Sagveien', 'Leirvegen'])} ${random.int(1, 60)}`,
        company.municipality === '3422' ? '2450' : '2406', company.municipality === '3422' ? 'RENA' : 'ELVERUM',
        company.municipality, random.pick(region), random.pick(Object.values(TargetGroup)), owner.id,
        random.pick(sources), estimatedJobs,
        won ? Math.max(1, Math.round(estimatedJobs * (0.6 + random.next() * 0.6))) : null,
        won ? random.int(0, Math.round(estimatedJobs * 1.5)) : null,
        stage.category === 'OPEN' ? isoDate(now + random.int(30, 300) * DAY) : null,
        stage.category === 'LOST' ? random.pick(lostReasons) : null,
        stage.id, position, new Date(lastActivity), new Date(company.createdAt),
      ]);
      for (const area of company.focusAreas) focusLinks.push([id, area]);
    }

    // The programme's network meetings (4 a year) and joint political meetings (2 a year).
    for (let t = programmeStart + 30 * DAY; t < programmeEnd; t += 91 * DAY) {
      const ids = rows.map((_, i) => i).filter(() => random.chance(0.08)).slice(0, 6);
      addMeeting({
        kind: MeetingKind.NETWORK_MEETING, at: t + 10 * 3_600_000,
        prospectIds: ids.map((i) => prospects[i]![0] as string), userIds: owners.slice(0, 2).map((u) => u.id),
        contactIds: [], followUpAt: null, done: false,
      });
      if (Math.round((t - programmeStart) / DAY / 91) % 2 === 0) {
        addMeeting({
          kind: MeetingKind.POLITICAL_MEETING, at: t + 20 * DAY + 12 * 3_600_000, prospectIds: [],
          userIds: [owners[0]!.id], contactIds: [], followUpAt: null, done: false,
        });
      }
    }

    // Booked: meetings in the coming three weeks for about half the companies in talks, on
    // working days between 9 and 14, so "Kommende møter" and the calendar export have content.
    // Drawn last so the rest of the demo stays as it was.
    for (const company of inTalks) {
      if (!random.chance(0.5)) continue;
      let day = Math.floor(now / DAY) + random.int(1, 21);
      while ([0, 6].includes(new Date(day * DAY).getUTCDay())) day++;
      addMeeting({
        kind: random.pick([MeetingKind.DIALOGUE_MEETING, MeetingKind.SITE_VISIT, MeetingKind.PHONE_CALL]),
        at: day * DAY + (8 + random.int(0, 5)) * 3_600_000, // 08–13 UTC: 9–14 in Norway in winter
        prospectIds: [company.id], userIds: [company.ownerId], contactIds: company.contactIds.slice(0, 1),
        followUpAt: null, done: false, planned: true,
      });
    }

    await insertRows(tx, 'prospects',
      ['id', 'name', 'org_number', 'website', 'industry_code', 'industry_text', 'legal_form', 'employees', 'address',
        'postal_code', 'postal_place', 'municipality', 'target_municipality', 'target_group', 'owner_id', 'source',
        'estimated_jobs', 'realized_jobs', 'new_residents', 'expected_decision_date', 'lost_reason', 'stage_id',
        'position', 'last_activity_at', 'created_at'],
      prospects);
    await insertRows(tx, 'prospect_focus_areas', ['prospect_id', 'focus_area_id'], focusLinks);
    await insertRows(tx, 'contacts', ['id', 'prospect_id', 'name', 'title', 'email', 'phone', 'do_not_contact'], contacts);
    await insertRows(tx, 'stage_changes', ['id', 'prospect_id', 'from_stage_id', 'to_stage_id', 'changed_at', 'changed_by_id'], changes);
    await insertRows(tx, 'meetings',
      ['id', 'kind', 'starts_at', 'minutes', 'outcome', 'next_step', 'follow_up_date', 'follow_up_done', 'created_by_id'],
      meetings);
    await insertRows(tx, 'meeting_prospects', ['meeting_id', 'prospect_id'], meetingProspects);
    await insertRows(tx, 'meeting_users', ['meeting_id', 'user_id'], meetingUsers);
    await insertRows(tx, 'meeting_contacts', ['meeting_id', 'contact_id'], meetingContacts);

    return {
      users: users.map(({ name, email, role, password }) => ({ name, email, role, password })),
      prospects: prospects.length,
      meetings: meetings.length,
      stageChanges: changes.length,
    };
  });
}

const meetingKindForStage: Record<string, MeetingKind | undefined> = {
  CONTACTED: MeetingKind.PHONE_CALL,
  DIALOGUE: MeetingKind.DIALOGUE_MEETING,
  CONSIDERING: MeetingKind.SITE_VISIT,
  DECISION: MeetingKind.DIALOGUE_MEETING,
};

interface DemoCompany {
  name: string;
  orgNumber: string;
  industry: [string, string];
  focusAreas: string[];
  municipality: string;
  createdAt: number;
  path: { key: string; at: number }[];
}

/** Names, focus areas and a stage path per company; fates cycle so every stage is represented. */
function buildCompanies(random: Random, focusAreas: FocusArea[], openKeys: string[], now: number): DemoCompany[] {
  const fates = ['WON', 'LOST', ...openKeys, 'LOST', 'WON', ...openKeys.slice(1, 4)];
  const companies: DemoCompany[] = [];
  let serial = 0;
  for (const area of focusAreas) {
    const catalogue = demoCompanies[area.key];
    if (!catalogue) continue;
    for (const name of catalogue.names) {
      const index = companies.length;
      const others = focusAreas.filter((a) => a.id !== area.id);
      const extra = random.chance(0.35) ? [random.pick(others).id] : [];
      const createdAt = programmeStart + random.int(0, 950) * DAY + random.int(8, 15) * 3_600_000;
      const fate = fates[index % fates.length]!;
      companies.push({
        name,
        orgNumber: nextOrgNumber(() => serial++),
        industry: random.pick(catalogue.industries),
        focusAreas: [area.id, ...extra],
        municipality: random.chance(0.4) ? random.pick(region) : random.pick(elsewhere),
        createdAt,
        path: stagePath(random, fate, openKeys, createdAt, now, index % 17 === 5),
      });
    }
  }
  return companies;
}

/** Moves forward (sometimes skipping a stage), ending in the fate; a few are lost and reopened. */
function stagePath(random: Random, fate: string, openKeys: string[], createdAt: number, now: number, reopened: boolean) {
  const path: { key: string; at: number }[] = [];
  let at = createdAt;
  const step = () => (at += random.int(14, 110) * DAY);
  const start = random.chance(0.8) ? 0 : 1;
  const walk = (fromIndex: number, toIndex: number) => {
    for (let i = fromIndex; i <= toIndex; i++) {
      if (i > fromIndex && i < toIndex && random.chance(0.2)) continue; // a skipped stage
      path.push({ key: openKeys[i]!, at: path.length === 0 ? at : step() });
    }
  };
  const lastOpen = openKeys.length - 1;
  if (reopened) {
    walk(start, 2);
    path.push({ key: 'LOST', at: step() });
    path.push({ key: openKeys[2]!, at: step() }); // reopened: back in dialogue
  }
  const from = reopened ? 3 : start;
  if (fate === 'WON') {
    walk(from, random.chance(0.3) ? lastOpen - 1 : lastOpen);
    path.push({ key: 'WON', at: step() });
  } else if (fate === 'LOST') {
    walk(from, Math.max(from, random.int(from, lastOpen)));
    path.push({ key: 'LOST', at: step() });
  } else {
    walk(from, Math.max(from, openKeys.indexOf(fate)));
  }
  // Keep every move in the past.
  const latest = path.at(-1)!.at;
  if (latest > now) {
    const scale = (now - DAY - createdAt) / (latest - createdAt);
    for (const p of path) p.at = createdAt + (p.at - createdAt) * scale;
  }
  return path;
}

/** Organisation numbers in the 9999xxxxx test range that pass MOD11. */
function nextOrgNumber(next: () => number): string {
  for (;;) {
    const firstEight = String(99991000 + next());
    const check = orgNumberCheckDigit(firstEight);
    if (check !== null) return `${firstEight}${check}`;
  }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Multi-row INSERT, chunked to stay under the parameter limit. */
async function insertRows(tx: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const chunk = Math.floor(60_000 / columns.length);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, part.flat());
  }
}
