import type { EntityManager } from 'typeorm';
import type { Loaders } from '../../app/loaders';
import type { MeetingKind } from '../meeting/meeting.entity';
import { toMunicipality } from '../municipality/to-municipality';
import { TargetGroup } from '../prospect/prospect.entity';
import type { ProspectFilterValues } from '../prospect/prospect-filter.input';
import { StageCategory, type Stage } from '../stage/stage.entity';
import { TargetMetric } from '../target/target.entity';
import { TargetService, targetForPeriod, yearsOf } from '../target/target.service';
import { queryDurations, queryStatistics, queryTargetProgress, type GroupRow, type Period, type ReachedRow } from './stats.queries';
import type { Durations, FunnelStep, OutcomeFigures, Statistics, TargetProgress } from './stats.types';

/** A share over an empty set is null, not 0 (design § Statistics). */
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

// When no company matches, SQL returns no total row.
const noCompanies: GroupRow = {
  dim: 'TOTAL', key: null, won: 0, lost: 0, realized_jobs: 0, realized_residents: 0, weighted_pipeline: 0, active: 0, funnel_won: 0,
};
const groupKey = (row: { dim: string; key: string | null }) => `${row.dim}:${row.key ?? ''}`;
const nullLast = <T>(a: T | null, b: T | null, compare: (a: T, b: T) => number) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : compare(a, b);

/** Turns the rows of stats.queries into the API's figures; the counting itself happens in SQL. */
export class StatsService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  async statistics(filter: ProspectFilterValues, period: Period): Promise<Statistics> {
    const [stages, areas, rows, targets] = await Promise.all([
      this.loaders.allStages(),
      this.loaders.allFocusAreas(),
      queryStatistics(this.em, filter, period),
      new TargetService(this.em).inForce([TargetMetric.JOBS, TargetMetric.RESIDENTS]),
    ]);
    const groups = rows.groups ?? [];
    const total = groups.find((g) => g.dim === 'TOTAL') ?? noCompanies;
    const figures = outcomeFigures(stages, rows.reached ?? []);
    const ofDim = (dim: GroupRow['dim']) => groups.filter((g) => g.dim === dim);
    const closings = rows.closings ?? [];
    const meetings = rows.meetings ?? [];

    let cumulative = 0;
    const { funnel, funnelWon, won, lost, winRate } = figures(total);
    return {
      funnel,
      funnelWon,
      won,
      lost,
      winRate,
      establishmentsByYear: yearsOfPeriod(period).map((year) => ({
        year,
        count: closings.filter((c) => c.month.startsWith(`${year}-`)).reduce((sum, c) => sum + c.won, 0),
      })),
      jobs: {
        realized: total.realized_jobs,
        target: targetForPeriod(targets, TargetMetric.JOBS, period),
        weightedPipeline: total.weighted_pipeline,
      },
      residents: { realized: total.realized_residents, target: targetForPeriod(targets, TargetMetric.RESIDENTS, period) },
      jobsOverTime: monthsOfPeriod(period).map((month) => {
        const realized = closings.filter((c) => c.month === month && c.in_period).reduce((sum, c) => sum + c.realized_jobs, 0);
        cumulative += realized;
        return { month, realized, cumulative };
      }),
      durations: once(() => this.durations(stages, filter, period)),
      meetingsByMonth: meetings.filter((m) => m.month).map((m) => ({ month: m.month!, kind: m.kind as MeetingKind, count: m.count })),
      meetingsByQuarter: meetings.filter((m) => m.quarter).map((m) => ({ quarter: m.quarter!, kind: m.kind as MeetingKind, count: m.count })),
      activeCompanies: total.active,
      byFocusArea: areas.flatMap((focusArea) => {
        const row = ofDim('FOCUS_AREA').find((g) => g.key === focusArea.id);
        return row ? [{ focusArea, ...figures(row) }] : [];
      }),
      byTargetGroup: ofDim('TARGET_GROUP')
        .sort((a, b) => nullLast(a.key, b.key, (x, y) => targetGroupOrder.indexOf(x) - targetGroupOrder.indexOf(y)))
        .map((row) => ({ targetGroup: row.key as TargetGroup | null, ...figures(row) })),
      byMunicipality: ofDim('MUNICIPALITY')
        .sort((a, b) => nullLast(a.key, b.key, (x, y) => x.localeCompare(y)))
        .map((row) => ({ municipality: toMunicipality(row.key), ...figures(row) })),
    };
  }

  private async durations(stages: Stage[], filter: ProspectFilterValues, period: Period): Promise<Durations> {
    const rows = await queryDurations(this.em, filter, period);
    const stageTimes = new Map((rows.stage_times ?? []).map((t) => [t.stage_id, t]));
    return {
      timeInStage: stages.map((stage) => ({
        stage,
        medianDays: stageTimes.get(stage.id)?.median_days ?? null,
        count: stageTimes.get(stage.id)?.count ?? 0,
      })),
      medianDaysToDecision: rows.median_days_to_decision,
    };
  }

  /** Every target in force with what is realized so far, for the filter. */
  async targetProgress(filter: ProspectFilterValues): Promise<TargetProgress[]> {
    const [targets, rows] = await Promise.all([new TargetService(this.em).inForce(), queryTargetProgress(this.em, filter)]);
    const realizedById = new Map((rows.targets ?? []).map((r) => [r.id, r.realized]));
    return targets.map((target) => {
      const years = yearsOf(target);
      const value = target.perYear ? Math.round(target.value * years * 100) / 100 : target.value;
      const realized = realizedById.get(target.id) ?? 0;
      const jobs = target.metric === TargetMetric.JOBS;
      return {
        target,
        realized,
        value,
        years,
        share: share(realized, value),
        weightedPipeline: jobs ? rows.weighted_pipeline : null,
        forecast: jobs ? realized + rows.weighted_pipeline : null,
      };
    });
  }
}

const targetGroupOrder: string[] = Object.values(TargetGroup);

/** A promise made on first call and shared after. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
}

/** Won, lost, win rate and funnel of one group (or the total), from its row and its reached counts. */
function outcomeFigures(stages: Stage[], reachedRows: ReachedRow[]) {
  const open = stages.filter((s) => s.category === StageCategory.OPEN);
  const reachedByGroup = new Map<string, Map<string, number>>();
  for (const r of reachedRows) {
    const counts = reachedByGroup.get(groupKey(r)) ?? new Map<string, number>();
    reachedByGroup.set(groupKey(r), counts.set(r.stage_id, r.reached));
  }
  return (row: GroupRow): OutcomeFigures => {
    const reached = reachedByGroup.get(groupKey(row)) ?? new Map<string, number>();
    const reachedAt = (i: number) => (i < open.length ? (reached.get(open[i]!.id) ?? 0) : row.funnel_won);
    // The last OPEN step's next step is WON.
    const funnel: FunnelStep[] = open.map((stage, i) => ({ stage, reached: reachedAt(i), conversion: share(reachedAt(i + 1), reachedAt(i)) }));
    return {
      won: row.won,
      lost: row.lost,
      winRate: share(row.won, row.won + row.lost),
      realizedJobs: row.realized_jobs,
      established: row.won,
      funnel,
      funnelWon: row.funnel_won,
    };
  };
}

/** The calendar years a period touches. */
function yearsOfPeriod(period: Period): number[] {
  const first = Number(period.from.slice(0, 4));
  return Array.from({ length: Number(period.to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
}

/** The months a period touches, as åååå-mm. */
function monthsOfPeriod(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}
