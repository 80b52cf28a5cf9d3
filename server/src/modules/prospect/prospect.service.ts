import type { EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, type Page } from '../../shared/graphql/connection';
import { badInput } from '../../shared/graphql/errors';
import { Prospect } from './prospect.entity';
import type { ProspectFilterValues } from './prospect-filter.input';
import { applyProspectFilter } from './prospect-filter.sql';
import { ProspectOrder, prospectOrders, type SortKey } from './prospect-order';

const cursorValuePatterns: Record<SortKey['cast'], RegExp> = {
  text: /^[\s\S]{0,1000}$/,
  integer: /^-?\d{1,10}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
};

/** A forged cursor is refused here, before it can reach SQL as a bad cast. */
const isCursorValue = (cast: SortKey['cast'], value: unknown) =>
  typeof value === 'string' && cursorValuePatterns[cast].test(value);

export interface ListProspectsArgs {
  filter: ProspectFilterValues;
  order: ProspectOrder;
  first: number;
  after?: string | null;
}

export class ProspectService {
  constructor(private readonly em: EntityManager) {}

  findById(id: string): Promise<Prospect | null> {
    return this.em.findOneBy(Prospect, { id });
  }

  /** One page of companies matching the filter, in a stable keyset order. */
  async list({ filter, order, first, after }: ListProspectsArgs): Promise<Page<Prospect>> {
    const { direction, keys } = prospectOrders[order];
    const base = () =>
      applyProspectFilter(this.em.createQueryBuilder(Prospect, 'p').innerJoin('stages', 's', 's.id = p.stage_id'), filter);

    const qb = base();
    keys.forEach((key, i) => qb.addSelect(`(${key.sql})::text`, `sort_${i}`));
    if (after) {
      const values = decodeCursor(after);
      if (!values || values.length !== keys.length || !keys.every((k, i) => isCursorValue(k.cast, values[i]))) {
        throw badInput('Ugyldig markør (after). Hent første side på nytt.', 'after');
      }
      const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
      const left = keys.map((k) => k.sql).join(', ');
      const right = keys.map((k, i) => `CAST(:cursor_${i} AS ${k.cast})`).join(', ');
      qb.andWhere(`(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`, params);
    }
    for (const key of keys) qb.addOrderBy(key.sql, direction);
    qb.limit(first + 1);

    const { entities, raw } = await qb.getRawAndEntities<Record<string, string>>();
    const hasNextPage = entities.length > first;
    const nodes = entities.slice(0, first);
    return {
      nodes,
      cursors: nodes.map((_, row) => encodeCursor(keys.map((_, i) => raw[row]![`sort_${i}`]))),
      hasNextPage,
      count: () => base().getCount(),
    };
  }
}
