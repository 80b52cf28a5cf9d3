import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Viewer } from './viewer';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleMinutes: number;
  /** A session ends this long after login, however active. */
  absoluteHours: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly policy: SessionPolicy,
  ) {}

  /** Starts a session and returns the token for the cookie (never stored as is). */
  async create(userId: string, meta: { ip?: string | null; userAgent?: string | null }): Promise<{ token: string; id: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = await this.em.query<{ id: string; expires_at: Date }[]>(
      `INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(hours => $3), $4, $5)
       RETURNING id, expires_at`,
      [hashToken(token), userId, this.policy.absoluteHours, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
    );
    return { token, id: row!.id, expiresAt: new Date(row!.expires_at) };
  }

  /**
   * The viewer of a live session: not revoked, not past its absolute end, used
   * within the idle timeout, and its user still active. Touches last_seen_at.
   */
  async findViewer(token: string): Promise<Viewer | null> {
    const rows = await this.em.query<(Omit<Viewer, 'sessionId'> & { session_id: string; stale: boolean })[]>(
      `SELECT s.id AS session_id, u.id, u.name, u.email, u.role,
              s.last_seen_at < now() - interval '1 minute' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND u.active
          AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [hashToken(token), this.policy.idleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    // One write a minute at most keeps the idle clock without a write per request.
    if (row.stale) await this.em.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    return { id: row.id, name: row.name, email: row.email, role: row.role, sessionId: row.session_id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.em.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Ends every open session of a user, e.g. when deactivated or given a new password. */
  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<void> {
    await this.em.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2`,
      [userId, exceptSessionId ?? null],
    );
  }
}
