import { registerEnumType } from 'type-graphql';

export enum ProspectOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  LAST_ACTIVITY_DESC = 'LAST_ACTIVITY_DESC',
  ESTIMATED_JOBS_DESC = 'ESTIMATED_JOBS_DESC',
  STAGE_ASC = 'STAGE_ASC',
  CREATED_DESC = 'CREATED_DESC',
}
registerEnumType(ProspectOrder, { name: 'ProspectOrder' });

export interface SortKey {
  /** SQL expression over prospects `p` and stages `s`. */
  sql: string;
  /** How the cursor's text value is cast back for comparison. */
  cast: 'text' | 'timestamptz' | 'integer' | 'uuid';
}

/**
 * Keyset orders: every order ends with the id so positions are unique, and all
 * keys of one order share a direction so a row comparison finds the next page.
 */
export const prospectOrders: Record<ProspectOrder, { direction: 'ASC' | 'DESC'; keys: SortKey[] }> = {
  NAME_ASC: { direction: 'ASC', keys: [{ sql: 'lower(p.name)', cast: 'text' }, { sql: 'p.id', cast: 'uuid' }] },
  NAME_DESC: { direction: 'DESC', keys: [{ sql: 'lower(p.name)', cast: 'text' }, { sql: 'p.id', cast: 'uuid' }] },
  LAST_ACTIVITY_DESC: {
    direction: 'DESC',
    keys: [{ sql: 'p.last_activity_at', cast: 'timestamptz' }, { sql: 'p.id', cast: 'uuid' }],
  },
  ESTIMATED_JOBS_DESC: {
    direction: 'DESC',
    keys: [{ sql: 'coalesce(p.estimated_jobs, -1)', cast: 'integer' }, { sql: 'p.id', cast: 'uuid' }],
  },
  STAGE_ASC: {
    direction: 'ASC',
    keys: [
      { sql: 's.position', cast: 'integer' },
      { sql: 'lower(p.name)', cast: 'text' },
      { sql: 'p.id', cast: 'uuid' },
    ],
  },
  CREATED_DESC: { direction: 'DESC', keys: [{ sql: 'p.created_at', cast: 'timestamptz' }, { sql: 'p.id', cast: 'uuid' }] },
};
