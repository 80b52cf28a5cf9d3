import type { EntityManager } from 'typeorm';
import { updateNamedSetting, type NamedSetting } from '../settings/named-setting';
import { Stage } from './stage.entity';
import type { UpdateStageValues } from './stage.inputs';

const stages: NamedSetting<Stage> = { entity: Stage, table: 'stages', auditName: 'Stage', aRow: 'en fase', theRow: 'fasen' };

/** Stages (settings): every change audited in the caller's transaction. */
export class StageService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null = null,
  ) {}

  /**
   * Names, probability and staleness; key, category and position never change.
   * A new probability reaches the statistics in the same transaction: a trigger
   * marks the stage's companies for the refresh at commit (migration 1764000008000).
   */
  update(input: UpdateStageValues): Promise<Stage> {
    return updateNamedSetting(this.em, stages, this.actorId, input, {
      name_nb: input.nameNb ?? undefined,
      name_en: input.nameEn ?? undefined,
      probability_percent: input.probabilityPercent ?? undefined,
      // null clears it; left out keeps it.
      stale_after_days: input.staleAfterDays,
    });
  }
}
