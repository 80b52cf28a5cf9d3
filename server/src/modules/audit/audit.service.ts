import type { EntityManager } from 'typeorm';

export type AuditDiff = Record<string, { before: unknown; after: unknown }>;

// Never copied into the log, only marked as changed.
const secretFields = new Set(['passwordHash']);
// Bookkeeping, not business data.
const ignoredFields = new Set(['updatedAt', 'createdAt', 'version']);

/** The fields that differ between two snapshots of an entity (before null: created; after null: removed). */
export function diffOf(before: object | null, after: object | null): AuditDiff {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const diff: AuditDiff = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (ignoredFields.has(key)) continue;
    const [x, y] = [normalize(b[key]), normalize(a[key])];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    diff[key] = secretFields.has(key) ? { before: '[skjult]', after: '[endret]' } : { before: x, after: y };
  }
  return diff;
}

const normalize = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

export interface AuditInput {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
  diff?: AuditDiff;
}

/** Writes one audit entry with the caller's manager: inside a transaction it commits or rolls back with the change. */
export async function recordAudit(em: EntityManager, input: AuditInput): Promise<void> {
  const diff = input.diff ?? diffOf(input.before ?? null, input.after ?? null);
  await em.query(
    `INSERT INTO audit_entries (actor_id, action, entity, entity_id, diff) VALUES ($1, $2, $3, $4, $5)`,
    [input.actorId, input.action, input.entity, input.entityId, JSON.stringify(diff)],
  );
}
