import ical from 'ical-generator';
import type { EntityManager } from 'typeorm';

const kindNames: Record<string, string> = {
  DIALOGUE_MEETING: 'Dialogmøte',
  SITE_VISIT: 'Befaring',
  PHONE_CALL: 'Telefonsamtale',
  NETWORK_MEETING: 'Nettverksmøte',
  POLITICAL_MEETING: 'Politisk møte',
  OTHER: 'Møte',
};

interface CalendarRow {
  id: string;
  kind: string;
  starts_at: Date;
  next_step: string | null;
  updated_at: Date;
  companies: string[];
}

/**
 * Meetings as iCalendar for Outlook and Google Calendar: what, when and with
 * which companies, and the next step. Minutes stay in Magnet.
 */
export function toICalendar(name: string, rows: CalendarRow[]): string {
  // Times in UTC (…Z): every calendar shows them in the reader's own zone without a VTIMEZONE block.
  const calendar = ical({ name, prodId: { company: 'Magnet', product: 'Magnet', language: 'NB' } });
  for (const row of rows) {
    const start = new Date(row.starts_at);
    calendar.createEvent({
      id: `${row.id}@magnet`,
      start,
      end: new Date(start.getTime() + 60 * 60_000), // meetings have no end in Magnet: an hour
      stamp: new Date(row.updated_at),
      summary: [kindNames[row.kind] ?? 'Møte', row.companies.join(', ')].filter(Boolean).join(': '),
      description: row.next_step ? `Neste steg: ${row.next_step}` : undefined,
    });
  }
  return calendar.toString();
}

const select = `
  SELECT m.id, m.kind, m.starts_at, m.next_step, m.updated_at,
         coalesce(array_agg(p.name ORDER BY p.name) FILTER (WHERE p.id IS NOT NULL), '{}') AS companies
    FROM meetings m
    LEFT JOIN meeting_prospects mp ON mp.meeting_id = m.id
    LEFT JOIN prospects p ON p.id = mp.prospect_id`;

export function meetingsOfProspect(em: EntityManager, prospectId: string): Promise<CalendarRow[]> {
  return em.query(`${select} WHERE m.id IN (SELECT meeting_id FROM meeting_prospects WHERE prospect_id = $1) GROUP BY m.id ORDER BY m.starts_at`, [prospectId]);
}

/** The user's meetings from 90 days back. */
export function meetingsOfUser(em: EntityManager, userId: string): Promise<CalendarRow[]> {
  return em.query(
    `${select}
      WHERE m.starts_at > now() - interval '90 days'
        AND (m.created_by_id = $1 OR EXISTS (SELECT 1 FROM meeting_users mu WHERE mu.meeting_id = m.id AND mu.user_id = $1))
      GROUP BY m.id ORDER BY m.starts_at`,
    [userId],
  );
}
