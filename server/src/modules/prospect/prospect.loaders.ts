import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';

export function createProspectLoaders(em: EntityManager) {
  return {
    contactCountByProspect: new DataLoader<string, number>(async (ids) => {
      const rows = await em.query<{ prospect_id: string; n: number }[]>(
        'SELECT prospect_id, count(*)::int AS n FROM contacts WHERE prospect_id = ANY($1) GROUP BY prospect_id',
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.prospect_id, r.n]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    lastMeetingAtByProspect: new DataLoader<string, Date | null>(async (ids) => {
      const rows = await em.query<{ prospect_id: string; last: Date }[]>(
        `SELECT mp.prospect_id, max(m.starts_at) AS last
           FROM meeting_prospects mp JOIN meetings m ON m.id = mp.meeting_id
          WHERE mp.prospect_id = ANY($1) AND m.starts_at <= now()
          GROUP BY mp.prospect_id`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.prospect_id, new Date(r.last)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
