import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { Contact } from '../contact/contact.entity';
import { Prospect } from '../prospect/prospect.entity';
import { User } from '../user/user.entity';
import { Meeting } from './meeting.entity';

/** Groups rows of a link table by one key, with the linked entities loaded in one query. */
function linkLoader<T extends { id: string }>(
  em: EntityManager,
  sql: string,
  entity: new () => T,
  order: (a: T, b: T) => number,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.query<{ key: string; id: string }[]>(sql, [keys]);
    const ids = [...new Set(rows.map((r) => r.id))];
    const found = ids.length ? await em.findBy(entity as never, { id: In(ids) } as never) : [];
    const byId = new Map((found as T[]).map((e) => [e.id, e]));
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const item = byId.get(row.id);
      if (item) grouped.set(row.key, [...(grouped.get(row.key) ?? []), item]);
    }
    return keys.map((k) => (grouped.get(k) ?? []).sort(order));
  });
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');
const newestFirst = (a: Meeting, b: Meeting) => b.startsAt.getTime() - a.startsAt.getTime();

export function createMeetingLoaders(em: EntityManager) {
  return {
    prospectsByMeeting: linkLoader(em, 'SELECT meeting_id AS key, prospect_id AS id FROM meeting_prospects WHERE meeting_id = ANY($1)', Prospect, byName),
    usersByMeeting: linkLoader(em, 'SELECT meeting_id AS key, user_id AS id FROM meeting_users WHERE meeting_id = ANY($1)', User, byName),
    contactsByMeeting: linkLoader(em, 'SELECT meeting_id AS key, contact_id AS id FROM meeting_contacts WHERE meeting_id = ANY($1)', Contact, byName),
    meetingsByProspect: linkLoader(em, 'SELECT prospect_id AS key, meeting_id AS id FROM meeting_prospects WHERE prospect_id = ANY($1)', Meeting, newestFirst),
    contactsByProspect: new DataLoader<string, Contact[]>(async (ids) => {
      const contacts = await em.find(Contact, { where: { prospectId: In([...ids]) } });
      return ids.map((id) => contacts.filter((c) => c.prospectId === id).sort(byName));
    }),
  };
}
