import type { Database } from '../../src/shared/database/database';

/** Small factories that write straight to the database, for reading tests. */
export function factories(db: Database) {
  const q = (sql: string, params?: unknown[]) => db.dataSource.query(sql, params);
  const idsByKey = async (table: 'stages' | 'focus_areas') =>
    Object.fromEntries((await q(`SELECT key, id FROM ${table}`)).map((r: { key: string; id: string }) => [r.key, r.id])) as Record<string, string>;

  return {
    stageIds: () => idsByKey('stages'),
    focusAreaIds: () => idsByKey('focus_areas'),

    async user(fields: { name?: string; email?: string; role?: string } = {}) {
      const n = Math.random().toString(36).slice(2, 8);
      const [row] = await q(`INSERT INTO users (name, email, role) VALUES ($1, $2, $3) RETURNING id`, [
        fields.name ?? `Bruker ${n}`,
        fields.email ?? `${n}@magnet.example`,
        fields.role ?? 'MEMBER',
      ]);
      return row.id as string;
    },

    async prospect(fields: {
      name: string;
      stage?: string;
      focusAreas?: string[];
      orgNumber?: string | null;
      ownerId?: string | null;
      targetMunicipality?: string | null;
      municipality?: string | null;
      targetGroup?: string | null;
      estimatedJobs?: number | null;
      archived?: boolean;
      contacts?: string[];
      createdAt?: string;
    }) {
      const stages = await idsByKey('stages');
      const areas = await idsByKey('focus_areas');
      const [row] = await q(
        `INSERT INTO prospects (name, org_number, stage_id, owner_id, target_municipality, municipality, target_group,
                                estimated_jobs, archived_at, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9 THEN now() END, coalesce($10::timestamptz, now()),
                 coalesce($10::timestamptz, now()))
         RETURNING id`,
        [
          fields.name, fields.orgNumber ?? null, stages[fields.stage ?? 'IDENTIFIED'], fields.ownerId ?? null,
          fields.targetMunicipality ?? null, fields.municipality ?? null, fields.targetGroup ?? null,
          fields.estimatedJobs ?? null, fields.archived ?? false, fields.createdAt ?? null,
        ],
      );
      for (const key of fields.focusAreas ?? []) {
        await q('INSERT INTO prospect_focus_areas (prospect_id, focus_area_id) VALUES ($1, $2)', [row.id, areas[key]]);
      }
      for (const name of fields.contacts ?? []) {
        await q('INSERT INTO contacts (prospect_id, name) VALUES ($1, $2)', [row.id, name]);
      }
      return row.id as string;
    },
  };
}
