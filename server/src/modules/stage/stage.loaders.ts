import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { Stage } from './stage.entity';

export function createStageLoaders(em: EntityManager) {
  let all: Promise<Stage[]> | undefined;
  const allStages = () => (all ??= em.find(Stage, { order: { position: 'ASC' } }));
  return {
    allStages,
    // Stages are few: one query fetches them all for the request.
    stageById: new DataLoader<string, Stage | undefined>(async (ids) => {
      const byId = new Map((await allStages()).map((s) => [s.id, s]));
      return ids.map((id) => byId.get(id));
    }),
  };
}
