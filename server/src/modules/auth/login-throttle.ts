import type { EntityManager } from 'typeorm';
import { AppError } from '../../shared/graphql/errors';

/** Ten failures in a row are allowed; the eleventh attempt is refused for the lock window. */
export const MAX_FAILURES_IN_A_ROW = 10;
export const LOCK_MINUTES = 15;

/**
 * Counts consecutive failed logins per account and per address in the
 * database, so every server process shares the count. An attempt is counted
 * *before* the password is checked (one atomic upsert), so parallel, aliased
 * or batched attempts cannot slip past the limit; a success clears the count.
 */
export class LoginThrottle {
  constructor(private readonly em: EntityManager) {}

  static keys(email: string, ip: string | null): string[] {
    return [`account:${email.trim().toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];
  }

  async reserveAttempt(keys: string[]): Promise<void> {
    const rows = await this.em.query<{ failures: number }[]>(
      `INSERT INTO login_failures (key, failures, last_failure_at)
       SELECT unnest($1::text[]), 1, now()
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_failures.last_failure_at < now() - make_interval(mins => $2)
                         THEN 1 ELSE login_failures.failures + 1 END,
         last_failure_at = now()
       RETURNING failures`,
      [keys, LOCK_MINUTES],
    );
    if (rows.some((r) => r.failures > MAX_FAILURES_IN_A_ROW)) {
      throw new AppError(
        'RATE_LIMITED',
        `For mange mislykkede innlogginger på rad. Vent ${LOCK_MINUTES} minutter og prøv igjen.`,
      );
    }
  }

  async clear(keys: string[]): Promise<void> {
    await this.em.query(`DELETE FROM login_failures WHERE key = ANY($1)`, [keys]);
  }
}
