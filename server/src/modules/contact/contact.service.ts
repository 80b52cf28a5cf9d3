import type { EntityManager } from 'typeorm';
import { affectedRows, updateVersioned } from '../../shared/database/versioned-update';
import { badInput, conflict, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { Contact } from './contact.entity';
import type { CreateContactValues, UpdateContactValues } from './contact.inputs';

/** Contact persons: personal data; every change is audited. */
export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null,
  ) {}

  async getById(id: string): Promise<Contact> {
    const contact = await this.em.findOneBy(Contact, { id });
    if (!contact) throw notFound('kontaktpersonen');
    return contact;
  }

  async create(id: string, input: CreateContactValues): Promise<Contact> {
    const [prospect] = await this.em.query(`SELECT id FROM prospects WHERE id = $1`, [input.prospectId]);
    if (!prospect) throw badInput('Fant ikke bedriften.', 'prospectId');
    await this.em.insert(Contact, {
      id,
      prospectId: input.prospectId,
      name: input.name,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      doNotContact: input.doNotContact ?? false,
    });
    const created = await this.getById(id);
    await this.touchProspect(input.prospectId);
    await recordAudit(this.em, { actorId: this.actorId, action: 'CREATE', entity: 'Contact', entityId: id, before: null, after: created });
    return created;
  }

  async update(input: UpdateContactValues): Promise<Contact> {
    const before = await this.getById(input.id);
    const set: Record<string, unknown> = {};
    for (const key of ['name', 'title', 'email', 'phone', 'doNotContact'] as const) {
      const value = input[key];
      if (value === undefined) continue;
      if (key === 'name' && value === null) throw badInput('Navnet må fylles ut.', 'name');
      if (key === 'doNotContact' && value === null) continue;
      set[key === 'doNotContact' ? 'do_not_contact' : key] = value;
    }
    await updateVersioned(this.em, { table: 'contacts', id: input.id, version: input.version, what: 'Kontaktpersonen', whatNotFound: 'kontaktpersonen' }, set);
    const after = await this.getById(input.id);
    await this.touchProspect(after.prospectId);
    await recordAudit(this.em, { actorId: this.actorId, action: 'UPDATE', entity: 'Contact', entityId: input.id, before, after });
    return after;
  }

  async remove(id: string, version: number): Promise<string> {
    const before = await this.getById(id);
    const result = await this.em.query(`DELETE FROM contacts WHERE id = $1 AND version = $2`, [id, version]);
    if (affectedRows(result) !== 1) throw conflict('Kontaktpersonen');
    await this.touchProspect(before.prospectId);
    await recordAudit(this.em, { actorId: this.actorId, action: 'DELETE', entity: 'Contact', entityId: id, before, after: null });
    return id;
  }

  private async touchProspect(prospectId: string): Promise<void> {
    await this.em.query(`UPDATE prospects SET last_activity_at = now() WHERE id = $1`, [prospectId]);
  }
}
