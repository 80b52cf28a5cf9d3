import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';

export const REDACTED = '[slettet]';

/** The contact person's own fields: in their own audit entries these are blanked whatever they hold. */
const personalFields = new Set(['name', 'title', 'email', 'phone']);

export interface ContactRow {
  id: string;
  prospect_id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  version: number;
}

export interface ErasureSummary {
  contactId: string;
  meetingLinksRemoved: number;
  meetingsRedacted: number;
  auditEntriesAnonymised: number;
}

/**
 * How a person may be written in free text: the name, the e-mail, and the phone
 * as stored (+47 41 23 45 67) and as people type it (41234567, 412 34 567).
 */
export function personNeedles(contact: Pick<ContactRow, 'name' | 'email' | 'phone'>): string[] {
  const phone = contact.phone ? parsePhoneNumberFromString(contact.phone) : undefined;
  const values = [contact.name, contact.email, contact.phone, phone?.nationalNumber, phone?.formatNational()];
  // Very short values (a one-letter name) would blank unrelated text.
  return [...new Set(values.filter((v): v is string => !!v && v.trim().length >= 3).map((v) => v.trim()))];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching any needle; JavaScript and PostgreSQL read it alike. */
export const needlePattern = (needles: string[]) => needles.map(escapeRegex).join('|');

function redactText(text: string, pattern: RegExp): string {
  return text.replace(pattern, REDACTED);
}

/** Every string inside a JSON value, with the needles blanked. */
function redactJson(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return redactText(value, pattern);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, pattern));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, pattern)]));
  return value;
}

/**
 * Erases one contact person everywhere, in the caller's transaction: the
 * contact row and meeting participation go; the name, e-mail and phone are
 * blanked in meeting texts, saved filters and audit diffs. The audit log is
 * otherwise never rewritten: this is its one documented exception (docs/privacy.md).
 * Companies and the stage log are untouched, so the statistics do not change.
 * Writes an ERASE_PERSON entry that holds counts, no personal data.
 */
export async function erasePerson(
  em: EntityManager,
  args: { contactId: string; version: number | null; actorId: string | null; reason: 'REQUEST' | 'RETENTION' },
): Promise<ErasureSummary> {
  const [contact] = await em.query<ContactRow[]>(
    `SELECT id, prospect_id, name, title, email, phone, version FROM contacts WHERE id = $1 FOR UPDATE`,
    [args.contactId],
  );
  if (!contact) throw notFound('kontaktpersonen');
  if (args.version !== null && contact.version !== args.version) throw conflict('Kontaktpersonen');

  const links = await em.query<{ meeting_id: string }[]>(`DELETE FROM meeting_contacts WHERE contact_id = $1 RETURNING meeting_id`, [contact.id]);
  await em.query(`DELETE FROM contacts WHERE id = $1`, [contact.id]);

  const needles = personNeedles(contact);
  const sqlPattern = needlePattern(needles);
  const pattern = new RegExp(sqlPattern, 'giu');
  let meetingsRedacted = 0;
  let auditEntriesAnonymised = 0;
  if (needles.length) {
    // Minutes are about the business, but a name can slip in.
    const meetings = await em.query<{ id: string; minutes: string | null; outcome: string | null; next_step: string | null }[]>(
      `SELECT id, minutes, outcome, next_step FROM meetings
        WHERE minutes ~* $1 OR outcome ~* $1 OR next_step ~* $1 FOR UPDATE`,
      [sqlPattern],
    );
    for (const m of meetings) {
      const blank = (text: string | null) => (text === null ? null : redactText(text, pattern));
      await em.query(
        `UPDATE meetings SET minutes = $2, outcome = $3, next_step = $4, version = version + 1, updated_at = now() WHERE id = $1`,
        [m.id, blank(m.minutes), blank(m.outcome), blank(m.next_step)],
      );
    }
    meetingsRedacted = meetings.length;

    const views = await em.query<{ id: string; filter: unknown }[]>(`SELECT id, filter FROM saved_views WHERE filter::text ~* $1 FOR UPDATE`, [sqlPattern]);
    for (const v of views) await em.query(`UPDATE saved_views SET filter = $2 WHERE id = $1`, [v.id, JSON.stringify(redactJson(v.filter, pattern))]);
  }

  const entries = await em.query<{ id: string; entity: string; entity_id: string | null; diff: Record<string, { before: unknown; after: unknown }> }[]>(
    `SELECT id, entity, entity_id, diff FROM audit_entries
      WHERE (entity = 'Contact' AND entity_id = $1) OR ($2 <> '' AND diff::text ~* $2) FOR UPDATE`,
    [contact.id, sqlPattern],
  );
  for (const entry of entries) {
    const own = entry.entity === 'Contact' && entry.entity_id === contact.id;
    const diff = Object.fromEntries(
      Object.entries(entry.diff).map(([field, change]) => [
        field,
        own && personalFields.has(field)
          ? { before: change.before == null ? change.before : REDACTED, after: change.after == null ? change.after : REDACTED }
          : needles.length ? redactJson(change, pattern) : change,
      ]),
    );
    await em.query(`UPDATE audit_entries SET diff = $2 WHERE id = $1`, [entry.id, JSON.stringify(diff)]);
  }
  auditEntriesAnonymised = entries.length;

  const summary = { contactId: contact.id, meetingLinksRemoved: links.length, meetingsRedacted, auditEntriesAnonymised };
  await recordAudit(em, {
    actorId: args.actorId, action: 'ERASE_PERSON', entity: 'Contact', entityId: contact.id,
    diff: {
      reason: { before: null, after: args.reason },
      prospectId: { before: contact.prospect_id, after: contact.prospect_id },
      meetingLinksRemoved: { before: null, after: summary.meetingLinksRemoved },
      meetingsRedacted: { before: null, after: meetingsRedacted },
      auditEntriesAnonymised: { before: null, after: auditEntriesAnonymised },
    },
  });
  return summary;
}
