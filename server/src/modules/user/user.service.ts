import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { affectedRows } from '../../shared/database/versioned-update';
import { badInput, conflict, notFound } from '../../shared/graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { SessionService, type SessionPolicy } from '../auth/session.service';
import { Role, User } from './user.entity';

const generatePassword = () => randomBytes(12).toString('base64url');

/** Team accounts. Every change is audited in the caller's transaction. */
export class UserService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null,
    private readonly sessionPolicy: SessionPolicy,
  ) {}

  findByEmail(email: string): Promise<User | null> {
    return this.em.createQueryBuilder(User, 'u').where('lower(u.email) = lower(:email)', { email }).getOne();
  }

  listActive(includeInactive: boolean): Promise<User[]> {
    return this.em.find(User, { where: includeInactive ? {} : { active: true }, order: { name: 'ASC' } });
  }

  async create(input: { name: string; email: string; role: Role; password?: string | null }) {
    if (await this.findByEmail(input.email)) {
      throw badInput(`Det finnes allerede en bruker med e-post ${input.email}.`, 'email');
    }
    const temporaryPassword = input.password ? null : generatePassword();
    const user = await this.em.save(
      this.em.create(User, {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: await hashPassword(input.password ?? temporaryPassword!),
      }),
    );
    await recordAudit(this.em, { actorId: this.actorId, action: 'CREATE', entity: 'User', entityId: user.id, before: null, after: user });
    return { user, temporaryPassword };
  }

  /** Edits name, role or active with the version check in the UPDATE itself. */
  async update(input: { id: string; version: number; name?: string | null; role?: Role | null; active?: boolean | null }) {
    const before = await this.em.findOneBy(User, { id: input.id });
    if (!before) throw notFound('brukeren');
    if (input.id === this.actorId && (input.active === false || (input.role && input.role !== Role.ADMIN))) {
      throw badInput('Du kan ikke deaktivere deg selv eller ta fra deg administratorrollen.');
    }
    const result = await this.em.query(
      `UPDATE users SET name = coalesce($3, name), role = coalesce($4, role), active = coalesce($5, active),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [input.id, input.version, input.name ?? null, input.role ?? null, input.active ?? null],
    );
    if (affectedRows(result) === 0) throw conflict('Brukeren');
    const after = (await this.em.findOneBy(User, { id: input.id }))!;
    if (!after.active) await new SessionService(this.em, this.sessionPolicy).revokeAllForUser(after.id);
    const action = before.active && !after.active ? 'DEACTIVATE' : !before.active && after.active ? 'REACTIVATE' : 'UPDATE';
    await recordAudit(this.em, { actorId: this.actorId, action, entity: 'User', entityId: after.id, before, after });
    return after;
  }

  /** A new generated password; the user's open sessions end. */
  async resetPassword(id: string) {
    const user = await this.em.findOneBy(User, { id });
    if (!user) throw notFound('brukeren');
    const temporaryPassword = generatePassword();
    await this.setPassword(user, temporaryPassword, 'RESET_PASSWORD');
    await new SessionService(this.em, this.sessionPolicy).revokeAllForUser(id);
    return { user: (await this.em.findOneBy(User, { id }))!, temporaryPassword };
  }

  async setPassword(user: User, password: string, action = 'CHANGE_PASSWORD'): Promise<void> {
    await this.em.query(`UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
      user.id,
      await hashPassword(password),
    ]);
    await recordAudit(this.em, {
      actorId: this.actorId,
      action,
      entity: 'User',
      entityId: user.id,
      diff: { passwordHash: { before: '[skjult]', after: '[endret]' } },
    });
  }
}
