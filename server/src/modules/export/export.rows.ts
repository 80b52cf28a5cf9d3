import type { EntityManager } from 'typeorm';
import { ProspectOrder } from '../prospect/prospect-order';
import type { ProspectFilterValues } from '../prospect/prospect-filter.input';
import { ProspectService } from '../prospect/prospect.service';
import { Prospect } from '../prospect/prospect.entity';
import { toMunicipality } from '../municipality/to-municipality';
import { formatOrgNumber } from '../prospect/org-number';
import { csvDate, csvDateTime } from './norwegian-csv';

const targetGroupNames: Record<string, string> = {
  EXPANDING_COMPANY: 'Bedrift som vil ekspandere',
  COST_SEEKING_SME: 'SMB som vil kutte kostnader',
  PUBLIC_RELOCATION: 'Statlig arbeidsplass som relokaliseres',
  LOCAL_GROWTH: 'Lokal bedrift med vekstpotensial',
};
const meetingKindNames: Record<string, string> = {
  DIALOGUE_MEETING: 'Dialogmøte', SITE_VISIT: 'Befaring', PHONE_CALL: 'Telefonsamtale',
  NETWORK_MEETING: 'Nettverksmøte', POLITICAL_MEETING: 'Politisk møte', OTHER: 'Annet',
};

/** Every company of the filter, a page at a time (flat memory for any size). */
async function* prospectPages(em: EntityManager, filter: ProspectFilterValues): AsyncGenerator<Prospect[]> {
  const service = new ProspectService(em);
  let after: string | null = null;
  for (;;) {
    const page = await service.list({ filter, order: ProspectOrder.NAME_ASC, first: 500, after });
    if (page.nodes.length) yield page.nodes;
    if (!page.hasNextPage) return;
    after = page.cursors.at(-1)!;
  }
}

export const companyHeader = [
  'Navn', 'Organisasjonsnummer', 'Fase', 'Fokusområder', 'Ansvarlig', 'Målkommune', 'Kommune', 'Målgruppe',
  'Estimerte arbeidsplasser', 'Realiserte arbeidsplasser', 'Nye innbyggere', 'Forventet beslutning', 'Tapsårsak',
  'Sist aktivitet', 'Opprettet', 'Arkivert',
];

export async function* companyRows(em: EntityManager, filter: ProspectFilterValues) {
  const [stages, areas, users] = await Promise.all([
    lookup(em, 'SELECT id, name_nb AS name FROM stages'),
    lookup(em, 'SELECT id, name_nb AS name FROM focus_areas'),
    lookup(em, 'SELECT id, name FROM users'),
  ]);
  for await (const page of prospectPages(em, filter)) {
    const links = await em.query<{ prospect_id: string; focus_area_id: string }[]>(
      `SELECT pfa.prospect_id, pfa.focus_area_id FROM prospect_focus_areas pfa JOIN focus_areas f ON f.id = pfa.focus_area_id
        WHERE pfa.prospect_id = ANY($1) ORDER BY f.position`,
      [page.map((p) => p.id)],
    );
    for (const p of page) {
      yield [
        p.name, p.orgNumber ? formatOrgNumber(p.orgNumber) : null, stages.get(p.stageId) ?? null,
        links.filter((l) => l.prospect_id === p.id).map((l) => areas.get(l.focus_area_id)).join(', '),
        p.ownerId ? (users.get(p.ownerId) ?? null) : null,
        toMunicipality(p.targetMunicipality)?.name ?? p.targetMunicipality, toMunicipality(p.municipality)?.name ?? p.municipality,
        p.targetGroup ? targetGroupNames[p.targetGroup]! : null,
        p.estimatedJobs, p.realizedJobs, p.newResidents, csvDate(p.expectedDecisionDate), p.lostReason,
        csvDate(p.lastActivityAt), csvDate(p.createdAt), p.archivedAt ? 'Ja' : 'Nei',
      ];
    }
  }
}

export const contactHeader = ['Bedrift', 'Organisasjonsnummer', 'Navn', 'Tittel', 'E-post', 'Telefon', 'Ikke kontakt'];

export async function* contactRows(em: EntityManager, filter: ProspectFilterValues) {
  for await (const page of prospectPages(em, filter)) {
    const contacts = await em.query(
      `SELECT prospect_id, name, title, email, phone, do_not_contact FROM contacts WHERE prospect_id = ANY($1) ORDER BY lower(name)`,
      [page.map((p) => p.id)],
    );
    for (const p of page) {
      for (const c of contacts.filter((c: { prospect_id: string }) => c.prospect_id === p.id)) {
        yield [p.name, p.orgNumber ? formatOrgNumber(p.orgNumber) : null, c.name, c.title, c.email, c.phone, c.do_not_contact ? 'Ja' : 'Nei'];
      }
    }
  }
}

export const meetingHeader = ['Tidspunkt', 'Type', 'Bedrift', 'Deltakere', 'Referat', 'Utfall', 'Neste steg', 'Oppfølging', 'Oppfølging utført'];

/** One row per meeting and company it concerns, for the companies of the filter. */
export async function* meetingRows(em: EntityManager, filter: ProspectFilterValues) {
  for await (const page of prospectPages(em, filter)) {
    const meetings = await em.query(
      `SELECT mp.prospect_id, m.starts_at, m.kind, m.minutes, m.outcome, m.next_step, m.follow_up_date::text AS follow_up_date, m.follow_up_done,
              (SELECT string_agg(u.name, ', ' ORDER BY u.name) FROM meeting_users mu JOIN users u ON u.id = mu.user_id WHERE mu.meeting_id = m.id) AS users
         FROM meeting_prospects mp JOIN meetings m ON m.id = mp.meeting_id
        WHERE mp.prospect_id = ANY($1) ORDER BY m.starts_at`,
      [page.map((p) => p.id)],
    );
    for (const p of page) {
      for (const m of meetings.filter((m: { prospect_id: string }) => m.prospect_id === p.id)) {
        yield [
          csvDateTime(new Date(m.starts_at)), meetingKindNames[m.kind] ?? m.kind, p.name, m.users, m.minutes, m.outcome, m.next_step,
          csvDate(m.follow_up_date), m.follow_up_date ? (m.follow_up_done ? 'Ja' : 'Nei') : null,
        ];
      }
    }
  }
}

async function lookup(em: EntityManager, sql: string): Promise<Map<string, string>> {
  const rows = await em.query<{ id: string; name: string }[]>(sql);
  return new Map(rows.map((r) => [r.id, r.name]));
}
