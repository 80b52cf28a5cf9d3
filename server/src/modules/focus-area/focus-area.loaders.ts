import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { FocusArea } from './focus-area.entity';

export function createFocusAreaLoaders(em: EntityManager) {
  let all: Promise<FocusArea[]> | undefined;
  const allFocusAreas = () => (all ??= em.find(FocusArea, { order: { position: 'ASC' } }));

  return {
    allFocusAreas,
    /** Focus areas of each prospect, in the focus areas' own order. */
    focusAreasByProspect: new DataLoader<string, FocusArea[]>(async (prospectIds) => {
      const [rows, areas] = await Promise.all([
        em.query<{ prospect_id: string; focus_area_id: string }[]>(
          'SELECT prospect_id, focus_area_id FROM prospect_focus_areas WHERE prospect_id = ANY($1)',
          [prospectIds],
        ),
        allFocusAreas(),
      ]);
      const byId = new Map(areas.map((a) => [a.id, a]));
      const grouped = new Map<string, FocusArea[]>();
      for (const row of rows) {
        const area = byId.get(row.focus_area_id);
        if (area) grouped.set(row.prospect_id, [...(grouped.get(row.prospect_id) ?? []), area]);
      }
      return prospectIds.map((id) => (grouped.get(id) ?? []).sort((a, b) => a.position - b.position));
    }),
  };
}
