import type { EntityManager } from 'typeorm';
import { affectedRows, updateVersioned } from '../../shared/database/versioned-update';
import { conflict, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { forbidden } from '../auth/auth-checker';
import { SavedView } from './saved-view.entity';

/** Saved views: anyone may see shared ones; only the owner changes a view. */
export class SavedViewService {
  constructor(
    private readonly em: EntityManager,
    private readonly userId: string,
  ) {}

  /** Own views and the team's shared ones, by name. */
  visible(): Promise<SavedView[]> {
    return this.em
      .createQueryBuilder(SavedView, 'v')
      .where('v.owner_id = :me OR v.shared', { me: this.userId })
      .orderBy('lower(v.name)')
      .getMany();
  }

  async create(input: { name: string; filter: Record<string, unknown>; shared: boolean }): Promise<SavedView> {
    const view = await this.em.save(this.em.create(SavedView, { ...input, ownerId: this.userId }));
    await recordAudit(this.em, { actorId: this.userId, action: 'CREATE', entity: 'SavedView', entityId: view.id, before: null, after: view });
    return view;
  }

  async update(input: { id: string; version: number; name?: string | null; filter?: Record<string, unknown> | null; shared?: boolean | null }): Promise<SavedView> {
    const before = await this.ownView(input.id);
    const set: Record<string, unknown> = {};
    if (input.name != null) set.name = input.name;
    if (input.filter != null) set.filter = JSON.stringify(input.filter);
    if (input.shared != null) set.shared = input.shared;
    await updateVersioned(this.em, { table: 'saved_views', id: input.id, version: input.version, what: 'Visningen', whatNotFound: 'visningen' }, set);
    const after = (await this.em.findOneBy(SavedView, { id: input.id }))!;
    await recordAudit(this.em, { actorId: this.userId, action: 'UPDATE', entity: 'SavedView', entityId: input.id, before, after });
    return after;
  }

  async remove(id: string, version: number): Promise<string> {
    const before = await this.ownView(id);
    if (affectedRows(await this.em.query(`DELETE FROM saved_views WHERE id = $1 AND version = $2`, [id, version])) !== 1) {
      throw conflict('Visningen');
    }
    await recordAudit(this.em, { actorId: this.userId, action: 'DELETE', entity: 'SavedView', entityId: id, before, after: null });
    return id;
  }

  /** The view the pipeline opens with; one's own or a shared one; null clears it. */
  async setDefault(viewId: string | null): Promise<SavedView | null> {
    const view = viewId ? await this.visibleView(viewId) : null;
    await this.em.query(`UPDATE users SET default_view_id = $2 WHERE id = $1`, [this.userId, view?.id ?? null]);
    return view;
  }

  async defaultView(): Promise<SavedView | null> {
    const [row] = await this.em.query(`SELECT default_view_id FROM users WHERE id = $1`, [this.userId]);
    return row?.default_view_id ? this.em.findOneBy(SavedView, { id: row.default_view_id }) : null;
  }

  private async visibleView(id: string): Promise<SavedView> {
    const view = await this.em.findOneBy(SavedView, { id });
    if (!view || (!view.shared && view.ownerId !== this.userId)) throw notFound('visningen');
    return view;
  }

  private async ownView(id: string): Promise<SavedView> {
    const view = await this.visibleView(id);
    if (view.ownerId !== this.userId) throw forbidden();
    return view;
  }
}
