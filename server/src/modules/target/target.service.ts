import { In, IsNull, type EntityManager } from 'typeorm';
import { updateVersioned } from '../../shared/database/versioned-update';
import { badInput, notFound } from '../../shared/graphql/errors';
import { parseInput } from '../../shared/validation';
import { recordAudit } from '../audit/audit.service';
import { Target, TargetMetric } from './target.entity';
import { targetSchema, type TargetValues, type UpdateTargetValues } from './target.inputs';

const versioned = (id: string, version: number) => ({ table: 'targets', id, version, what: 'Målet', whatNotFound: 'målet' });

/** Programme targets (settings): every change audited in the caller's transaction. */
export class TargetService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null = null,
  ) {}

  /** Targets in force (not retired), optionally of some metrics. */
  inForce(metrics?: TargetMetric[]): Promise<Target[]> {
    return this.em.find(Target, {
      where: { retiredAt: IsNull(), ...(metrics ? { metric: In(metrics) } : {}) },
      order: { metric: 'ASC', periodStart: 'ASC' },
    });
  }

  async create(values: TargetValues): Promise<Target> {
    const target = await this.em.save(this.em.create(Target, values));
    await recordAudit(this.em, { actorId: this.actorId, action: 'CREATE', entity: 'Target', entityId: target.id, before: null, after: target });
    return target;
  }

  /** Merges the given fields into the target and checks the whole; the version check is in the UPDATE. */
  async update(input: UpdateTargetValues): Promise<Target> {
    const before = await this.getOpen(input.id);
    const merged = parseInput(targetSchema, {
      metric: input.metric ?? before.metric,
      meetingKind: input.meetingKind === undefined ? before.meetingKind : input.meetingKind,
      periodStart: input.periodStart ?? before.periodStart,
      periodEnd: input.periodEnd ?? before.periodEnd,
      value: input.value ?? before.value,
      perYear: input.perYear ?? before.perYear,
    });
    await updateVersioned(this.em, versioned(input.id, input.version), {
      metric: merged.metric,
      meeting_kind: merged.meetingKind,
      period_start: merged.periodStart,
      period_end: merged.periodEnd,
      value: merged.value,
      per_year: merged.perYear,
    });
    return this.audited('UPDATE', before);
  }

  /** A retired target leaves the statistics; the row stays for history. */
  async retire(id: string, version: number): Promise<Target> {
    const before = await this.getOpen(id);
    await updateVersioned(this.em, versioned(id, version), { retired_at: new Date() });
    return this.audited('RETIRE', before);
  }

  private async getOpen(id: string): Promise<Target> {
    const target = await this.em.findOneBy(Target, { id });
    if (!target) throw notFound('målet');
    if (target.retiredAt) throw badInput('Målet er avsluttet og kan ikke endres.');
    return target;
  }

  private async audited(action: string, before: Target): Promise<Target> {
    const after = (await this.em.findOneBy(Target, { id: before.id }))!;
    await recordAudit(this.em, { actorId: this.actorId, action, entity: 'Target', entityId: after.id, before, after });
    return after;
  }
}

const DAY_MS = 86_400_000;
/** Days from `from` to `to`, both included (0 or less: no overlap). */
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;

/**
 * The target a period is measured against, among the targets in force of one metric: the
 * one overlapping the period most; on a tie the shorter (more specific) one,
 * then the later start. Null when none overlaps.
 */
export function targetForPeriod(targets: Target[], metric: TargetMetric, period: { from: string; to: string }): Target | null {
  const scored = targets
    .filter((t) => t.metric === metric)
    .map((t) => ({
      t,
      overlap: daysBetween(t.periodStart > period.from ? t.periodStart : period.from, t.periodEnd < period.to ? t.periodEnd : period.to),
      length: daysBetween(t.periodStart, t.periodEnd),
    }))
    .filter((s) => s.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.length - b.length || b.t.periodStart.localeCompare(a.t.periodStart));
  return scored[0]?.t ?? null;
}

/** Years of a target period: days / 365.25, to two decimals (2015-07-01–2018-06-30 is 3.00). */
export function yearsOf(target: Pick<Target, 'periodStart' | 'periodEnd'>): number {
  return Math.round((daysBetween(target.periodStart, target.periodEnd) / 365.25) * 100) / 100;
}
