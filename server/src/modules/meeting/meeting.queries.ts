import type { EntityManager } from 'typeorm';
import { Meeting } from './meeting.entity';

/** The reading side of meetings: follow-ups and calendars. */
export class MeetingQueries {
  constructor(private readonly em: EntityManager) {}

  /**
   * Open follow-ups of meetings the user took part in or logged: overdue first
   * (oldest first), then due this week (Monday–Sunday, Norwegian time), then later.
   */
  async followUpsOf(userId: string): Promise<{ overdue: Meeting[]; thisWeek: Meeting[]; later: Meeting[] }> {
    const rows = await this.em.query<{ id: string; bucket: 'overdue' | 'thisWeek' | 'later' }[]>(
      `WITH today AS (SELECT (now() AT TIME ZONE 'Europe/Oslo')::date AS d)
       SELECT m.id,
              CASE WHEN m.follow_up_date < today.d THEN 'overdue'
                   WHEN m.follow_up_date < date_trunc('week', today.d)::date + 7 THEN 'thisWeek'
                   ELSE 'later' END AS bucket
         FROM meetings m, today
        WHERE NOT m.follow_up_done AND m.follow_up_date IS NOT NULL
          AND (m.created_by_id = $1 OR EXISTS (SELECT 1 FROM meeting_users mu WHERE mu.meeting_id = m.id AND mu.user_id = $1))
        ORDER BY m.follow_up_date, m.starts_at`,
      [userId],
    );
    const meetings = await this.byIds(rows.map((r) => r.id));
    const pick = (bucket: string) => rows.filter((r) => r.bucket === bucket).map((r) => meetings.get(r.id)!);
    return { overdue: pick('overdue'), thisWeek: pick('thisWeek'), later: pick('later') };
  }

  /** Meetings from now on, soonest first; only the user's own unless `all`. */
  async upcoming(userId: string, all: boolean, limit: number): Promise<Meeting[]> {
    const rows = await this.em.query<{ id: string }[]>(
      `SELECT m.id FROM meetings m
        WHERE m.starts_at >= now()
          AND ($2 OR m.created_by_id = $1 OR EXISTS (SELECT 1 FROM meeting_users mu WHERE mu.meeting_id = m.id AND mu.user_id = $1))
        ORDER BY m.starts_at LIMIT $3`,
      [userId, all, limit],
    );
    const meetings = await this.byIds(rows.map((r) => r.id));
    return rows.map((r) => meetings.get(r.id)!);
  }

  private async byIds(ids: string[]): Promise<Map<string, Meeting>> {
    if (!ids.length) return new Map();
    const meetings = await this.em.createQueryBuilder(Meeting, 'm').where('m.id = ANY(:ids)', { ids }).getMany();
    return new Map(meetings.map((m) => [m.id, m]));
  }
}
