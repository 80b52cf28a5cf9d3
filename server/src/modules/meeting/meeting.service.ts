import type { EntityManager } from 'typeorm';
import { affectedRows, updateVersioned } from '../../shared/database/versioned-update';
import { badInput, conflict, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { Meeting } from './meeting.entity';
import type { CreateMeetingValues, UpdateMeetingValues } from './meeting.inputs';

type Links = { prospectIds: string[]; userIds: string[]; contactIds: string[] };

/** Meetings and their follow-ups. A logged meeting is activity on each company it concerns. */
export class MeetingService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null,
  ) {}

  async getById(id: string): Promise<Meeting> {
    const meeting = await this.em.findOneBy(Meeting, { id });
    if (!meeting) throw notFound('møtet');
    return meeting;
  }

  async create(id: string, input: CreateMeetingValues): Promise<Meeting> {
    const links: Links = {
      prospectIds: unique(input.prospectIds),
      // The one who logs the meeting took part unless they said otherwise.
      userIds: input.userIds ? unique(input.userIds) : this.actorId ? [this.actorId] : [],
      contactIds: unique(input.contactIds),
    };
    await this.checkLinks(links);
    await this.em.insert(Meeting, {
      id,
      kind: input.kind,
      startsAt: input.startsAt,
      minutes: input.minutes ?? null,
      outcome: input.outcome ?? null,
      nextStep: input.nextStep ?? null,
      followUpDate: input.followUpDate ?? null,
      createdById: this.actorId,
    });
    await this.setLinks(id, links);
    await this.touchProspects(links.prospectIds);
    const created = await this.getById(id);
    await recordAudit(this.em, { actorId: this.actorId, action: 'CREATE', entity: 'Meeting', entityId: id, before: null, after: { ...created, ...links } });
    return created;
  }

  async update(input: UpdateMeetingValues): Promise<Meeting> {
    const before = { ...(await this.getById(input.id)), ...(await this.links(input.id)) };
    const links: Links = {
      prospectIds: input.prospectIds ? unique(input.prospectIds) : before.prospectIds,
      userIds: input.userIds ? unique(input.userIds) : before.userIds,
      contactIds: input.contactIds ? unique(input.contactIds) : before.contactIds,
    };
    // Someone deactivated since may stay on the meeting (it happened); only new participants must be active.
    await this.checkLinks(links, before.userIds);
    const set: Record<string, unknown> = {};
    const columns = { kind: 'kind', startsAt: 'starts_at', minutes: 'minutes', outcome: 'outcome', nextStep: 'next_step', followUpDate: 'follow_up_date', followUpDone: 'follow_up_done' } as const;
    for (const [key, column] of Object.entries(columns)) {
      const value = input[key as keyof typeof columns];
      if (value === undefined || ((key === 'kind' || key === 'startsAt' || key === 'followUpDone') && value === null)) continue;
      set[column] = value;
    }
    await updateVersioned(this.em, { table: 'meetings', id: input.id, version: input.version, what: 'Møtet', whatNotFound: 'møtet' }, set);
    await this.setLinks(input.id, links);
    await this.touchProspects(links.prospectIds);
    const after = { ...(await this.getById(input.id)), ...links };
    await recordAudit(this.em, { actorId: this.actorId, action: 'UPDATE', entity: 'Meeting', entityId: input.id, before, after });
    return this.getById(input.id);
  }

  async remove(id: string, version: number): Promise<string> {
    const before = { ...(await this.getById(id)), ...(await this.links(id)) };
    const result = await this.em.query(`DELETE FROM meetings WHERE id = $1 AND version = $2`, [id, version]);
    if (affectedRows(result) !== 1) throw conflict('Møtet');
    await recordAudit(this.em, { actorId: this.actorId, action: 'DELETE', entity: 'Meeting', entityId: id, before, after: null });
    return id;
  }

  private async links(id: string): Promise<Links> {
    const [row] = await this.em.query(
      `SELECT
         coalesce((SELECT array_agg(prospect_id ORDER BY prospect_id) FROM meeting_prospects WHERE meeting_id = $1), '{}') AS "prospectIds",
         coalesce((SELECT array_agg(user_id ORDER BY user_id) FROM meeting_users WHERE meeting_id = $1), '{}') AS "userIds",
         coalesce((SELECT array_agg(contact_id ORDER BY contact_id) FROM meeting_contacts WHERE meeting_id = $1), '{}') AS "contactIds"`,
      [id],
    );
    return row;
  }

  /** Companies exist, team members are active (or were on the meeting already), and each contact belongs to one of the companies. */
  private async checkLinks({ prospectIds, userIds, contactIds }: Links, participantsBefore: string[] = []): Promise<void> {
    const [counts] = await this.em.query(
      `SELECT (SELECT count(*)::int FROM prospects WHERE id = ANY($1)) AS prospects,
              (SELECT count(*)::int FROM users WHERE id = ANY($2) AND (active OR id = ANY($4))) AS users,
              (SELECT count(*)::int FROM contacts WHERE id = ANY($3) AND prospect_id = ANY($1)) AS contacts`,
      [prospectIds, userIds, contactIds, participantsBefore],
    );
    if (counts.prospects !== prospectIds.length) throw badInput('Fant ikke alle bedriftene møtet gjelder.', 'prospectIds');
    if (counts.users !== userIds.length) throw badInput('Deltakere fra teamet må være aktive brukere.', 'userIds');
    if (counts.contacts !== contactIds.length) {
      throw badInput('Kontaktpersonene må høre til en av bedriftene møtet gjelder.', 'contactIds');
    }
  }

  private async setLinks(id: string, links: Links): Promise<void> {
    for (const [table, column, values] of [
      ['meeting_prospects', 'prospect_id', links.prospectIds],
      ['meeting_users', 'user_id', links.userIds],
      ['meeting_contacts', 'contact_id', links.contactIds],
    ] as const) {
      await this.em.query(`DELETE FROM ${table} WHERE meeting_id = $1`, [id]);
      if (values.length) {
        await this.em.query(`INSERT INTO ${table} (meeting_id, ${column}) SELECT $1, unnest($2::uuid[])`, [id, values]);
      }
    }
  }

  private async touchProspects(prospectIds: string[]): Promise<void> {
    if (prospectIds.length) await this.em.query(`UPDATE prospects SET last_activity_at = now() WHERE id = ANY($1)`, [prospectIds]);
  }
}

const unique = (ids: string[] | null | undefined) => [...new Set(ids ?? [])];
