import type { EntityManager } from 'typeorm';
import { createFocusAreaLoaders } from '../modules/focus-area/focus-area.loaders';
import { createMeetingLoaders } from '../modules/meeting/meeting.loaders';
import { createProspectLoaders } from '../modules/prospect/prospect.loaders';
import { createStageLoaders } from '../modules/stage/stage.loaders';
import { createUserLoaders } from '../modules/user/user.loaders';

/** Per-request DataLoaders: batch and cache reads, so lists cost a constant number of statements. */
export function createLoaders(em: EntityManager) {
  return {
    ...createFocusAreaLoaders(em),
    ...createStageLoaders(em),
    ...createUserLoaders(em),
    ...createProspectLoaders(em),
    ...createMeetingLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
