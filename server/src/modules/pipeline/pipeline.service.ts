import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, isTimestampText, type Page } from '../../shared/graphql/connection';
import { badInput } from '../../shared/graphql/errors';
import { Prospect } from '../prospect/prospect.entity';
import type { ProspectFilterValues } from '../prospect/prospect-filter.input';
import { applyProspectFilter } from '../prospect/prospect-filter.sql';
import { Stage } from '../stage/stage.entity';

export interface ColumnTotals {
  stageId: string;
  count: number;
  estimatedJobs: number;
}

// Cards: manual position first (drag to reorder), then the most recently active.
const cardOrder = 'p.position ASC, p.last_activity_at DESC, p.id ASC';

/** The board of stages: a constant number of statements however many cards it shows. */
export class PipelineService {
  constructor(private readonly em: EntityManager) {}

  stages(): Promise<Stage[]> {
    return this.em.find(Stage, { order: { position: 'ASC' } });
  }

  /** Count and estimated jobs per stage for the filter, in one GROUP BY. */
  async totals(filter: ProspectFilterValues): Promise<Map<string, ColumnTotals>> {
    const rows = await applyProspectFilter(this.em.createQueryBuilder(Prospect, 'p'), filter)
      .select('p.stage_id', 'stage_id')
      .addSelect('count(*)::int', 'count')
      .addSelect('coalesce(sum(p.estimated_jobs), 0)::int', 'jobs')
      .groupBy('p.stage_id')
      .getRawMany<{ stage_id: string; count: number; jobs: number }>();
    return new Map(rows.map((r) => [r.stage_id, { stageId: r.stage_id, count: r.count, estimatedJobs: r.jobs }]));
  }

  /** The first `first` cards of every column, in one query (a window per stage). */
  async firstCards(filter: ProspectFilterValues, first: number, totals: Map<string, ColumnTotals>): Promise<Map<string, Page<Prospect>>> {
    const inner = applyProspectFilter(this.em.createQueryBuilder(Prospect, 'p'), filter)
      .select('p.id', 'id')
      .addSelect(`row_number() OVER (PARTITION BY p.stage_id ORDER BY ${cardOrder})`, 'rank');
    const ranked = await this.em
      .createQueryBuilder(Prospect, 'p')
      .innerJoin(`(${inner.getQuery()})`, 'r', 'r.id = p.id')
      .setParameters(inner.getParameters())
      .addSelect('r.rank', 'rank')
      .addSelect('p.last_activity_at::text', 'activity')
      .where('r.rank <= :limit', { limit: first + 1 })
      .orderBy('p.stage_id')
      .addOrderBy('r.rank')
      .getRawAndEntities<{ activity: string }>();
    const byStage = new Map<string, { nodes: Prospect[]; cursors: string[] }>();
    ranked.entities.forEach((p, i) => {
      const column = byStage.get(p.stageId) ?? { nodes: [], cursors: [] };
      column.nodes.push(p);
      column.cursors.push(cardCursor(p, ranked.raw[i]!.activity));
      byStage.set(p.stageId, column);
    });
    const pages = new Map<string, Page<Prospect>>();
    for (const [stageId, column] of byStage) {
      pages.set(stageId, toPage(column.nodes, column.cursors, first, async () => totals.get(stageId)?.count ?? 0));
    }
    return pages;
  }

  /** More cards of one column after a cursor. */
  async moreCards(stageId: string, filter: ProspectFilterValues, first: number, after: string | null): Promise<Page<Prospect>> {
    const qb = applyProspectFilter(this.em.createQueryBuilder(Prospect, 'p'), filter)
      .andWhere('p.stage_id = :stageId', { stageId })
      .addSelect('p.last_activity_at::text', 'activity');
    if (after) {
      const [position, activity, id] = parseCardCursor(after);
      // (position ASC, last_activity DESC, id ASC) after the cursor's card.
      qb.andWhere(
        `(p.position > :position OR (p.position = :position AND (p.last_activity_at < CAST(:activity AS timestamptz)
          OR (p.last_activity_at = CAST(:activity AS timestamptz) AND p.id > CAST(:id AS uuid)))))`,
        { position, activity, id },
      );
    }
    const { entities, raw } = await qb.orderBy('p.position', 'ASC').addOrderBy('p.last_activity_at', 'DESC').addOrderBy('p.id', 'ASC')
      .limit(first + 1).getRawAndEntities<{ activity: string }>();
    const count = () => applyProspectFilter(this.em.createQueryBuilder(Prospect, 'p'), filter).andWhere('p.stage_id = :stageId', { stageId }).getCount();
    return toPage(entities, entities.map((p, i) => cardCursor(p, raw[i]!.activity)), first, count);
  }
}

function toPage(nodes: Prospect[], cursors: string[], first: number, count: () => Promise<number>): Page<Prospect> {
  return { nodes: nodes.slice(0, first), cursors: cursors.slice(0, first), hasNextPage: nodes.length > first, count };
}

const cardCursor = (p: Prospect, activity: string) => encodeCursor([p.position, activity, p.id]);

const uuidText = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseCardCursor(cursor: string): [number, string, string] {
  const values = decodeCursor(cursor);
  const [position, activity, id] = values ?? [];
  if (typeof position !== 'number' || !Number.isFinite(position) || typeof activity !== 'string' || !isTimestampText(activity) || typeof id !== 'string' || !uuidText.test(id)) {
    throw badInput('Ugyldig markør (after). Last tavla på nytt.', 'after');
  }
  return [position, activity, id];
}
