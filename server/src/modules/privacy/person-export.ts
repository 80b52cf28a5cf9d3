import type { EntityManager } from 'typeorm';
import { notFound } from '../../shared/graphql/errors';
import { needlePattern, personNeedles, type ContactRow } from './person-erasure';

/**
 * Everything Magnet holds about one contact person (GDPR Art. 15), as JSON:
 * the contact, the company, the meetings they attended with their minutes, and
 * the audit entries that mention them (their own edits, and any diff holding
 * their id, name, e-mail or phone).
 */
export async function exportPerson(em: EntityManager, contactId: string): Promise<Record<string, unknown>> {
  const [contact] = await em.query<(ContactRow & { do_not_contact: boolean; created_at: Date; updated_at: Date })[]>(
    `SELECT * FROM contacts WHERE id = $1`,
    [contactId],
  );
  if (!contact) throw notFound('kontaktpersonen');
  const [company] = await em.query(`SELECT id, name, org_number AS "orgNumber", archived_at AS "archivedAt" FROM prospects WHERE id = $1`, [contact.prospect_id]);
  const meetings = await em.query(
    `SELECT m.id, m.kind, m.starts_at AS "startsAt", m.minutes, m.outcome, m.next_step AS "nextStep",
            m.follow_up_date::text AS "followUpDate",
            array(SELECT p.name FROM meeting_prospects mp JOIN prospects p ON p.id = mp.prospect_id
                   WHERE mp.meeting_id = m.id ORDER BY p.name) AS companies
       FROM meeting_contacts mc JOIN meetings m ON m.id = mc.meeting_id
      WHERE mc.contact_id = $1 ORDER BY m.starts_at`,
    [contactId],
  );
  const pattern = needlePattern([contact.id, ...personNeedles(contact)]);
  const auditEntries = await em.query(
    `SELECT at, action, entity, entity_id AS "entityId", diff FROM audit_entries
      WHERE (entity = 'Contact' AND entity_id = $1) OR diff::text ~* $2 ORDER BY at, id`,
    [contactId, pattern],
  );
  return {
    exportedAt: new Date().toISOString(),
    about: 'Alle opplysninger Magnet har om kontaktpersonen (personvernforordningen art. 15).',
    contact: {
      id: contact.id, name: contact.name, title: contact.title, email: contact.email, phone: contact.phone,
      doNotContact: contact.do_not_contact, createdAt: contact.created_at, updatedAt: contact.updated_at,
    },
    company,
    meetings,
    auditEntries,
  };
}
