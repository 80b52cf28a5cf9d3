import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FocusArea } from '../focus-area/focus-area.entity';
import { MeetingKind } from '../meeting/meeting.entity';
import { Municipality } from '../municipality/municipality.type';
import { TargetGroup } from '../prospect/prospect.entity';
import { Stage } from '../stage/stage.entity';
import { Target } from '../target/target.entity';

@ObjectType({ description: 'One OPEN stage of the funnel.' })
export class FunnelStep {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int, {
    description: 'Companies of the cohort that reached this stage: their log ever entered it or a later OPEN stage, or they were ever WON.',
  })
  reached: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) of those that reached this step that reached the next; after the last OPEN step, the next is WON. Null when none reached this step.',
  })
  conversion: number | null;
}

/** The figures every split group shares (fields are inherited by the group types). */
@ObjectType()
export abstract class OutcomeFigures {
  @Field(() => Int, { description: 'Closed in the period with current stage WON (closing date = time of the move into the current stage).' })
  won: number;

  @Field(() => Int, { description: 'Closed in the period with current stage LOST.' })
  lost: number;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost), 0–1; null when nothing closed.' })
  winRate: number | null;

  @Field(() => Int, { description: 'Realized jobs of the won companies.' })
  realizedJobs: number;

  @Field(() => Int, { description: 'Establishments in the period: by the design these are the same companies as `won`.' })
  established: number;

  @Field(() => [FunnelStep], { description: 'The funnel of the companies created in the period.' })
  funnel: FunnelStep[];

  @Field(() => Int, { description: 'Companies of the funnel cohort that were ever WON: the step after the last OPEN stage.' })
  funnelWon: number;
}

@ObjectType({ description: 'Figures of the companies in one focus area (a company counts in each of its areas).' })
export class FocusAreaStatistics extends OutcomeFigures {
  @Field(() => FocusArea)
  focusArea: FocusArea;
}

@ObjectType({ description: 'Figures of the companies of one target group.' })
export class TargetGroupStatistics extends OutcomeFigures {
  @Field(() => TargetGroup, { nullable: true, description: 'Null: companies with no target group.' })
  targetGroup: TargetGroup | null;
}

@ObjectType({ description: 'Figures of the companies aimed at one target municipality.' })
export class MunicipalityStatistics extends OutcomeFigures {
  @Field(() => Municipality, { nullable: true, description: 'Null: companies with no target municipality.' })
  municipality: Municipality | null;
}

@ObjectType()
export class YearCount {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class JobsFigures {
  @Field(() => Int, { description: 'Σ realized jobs of companies WON with closing date in the period.' })
  realized: number;

  @Field(() => Target, {
    nullable: true,
    description: 'The JOBS target in force that overlaps the period most; on a tie the shorter (more specific) one, then the later start. Null if none.',
  })
  target: Target | null;

  @Field(() => Float, {
    description: 'A figure of now, not of the period: Σ estimated jobs × probability of the current stage, companies open now and not archived.',
  })
  weightedPipeline: number;
}

@ObjectType()
export class ResidentsFigures {
  @Field(() => Int, { description: 'Σ new residents of companies WON with closing date in the period.' })
  realized: number;

  @Field(() => Target, { nullable: true, description: 'The RESIDENTS target chosen as for jobs.' })
  target: Target | null;
}

@ObjectType({ description: 'One month of the jobs burn-up.' })
export class MonthJobs {
  @Field(() => String, { description: 'åååå-mm' })
  month: string;

  @Field(() => Int, { description: 'Realized jobs of companies WON that month (within the period).' })
  realized: number;

  @Field(() => Int, { description: 'Realized jobs from the start of the period to the end of this month.' })
  cumulative: number;
}

@ObjectType()
export class StageTime {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Float, { nullable: true, description: 'Median days (fractional); null when count is 0.' })
  medianDays: number | null;

  @Field(() => Int, { description: 'Log entries into this stage that start in the period.' })
  count: number;
}

@ObjectType()
export class MeetingMonthCount {
  @Field(() => String, { description: 'åååå-mm' })
  month: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class MeetingQuarterCount {
  @Field(() => String, { description: 'e.g. 2016-Q1' })
  quarter: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => Int)
  count: number;
}

export interface Durations {
  timeInStage: StageTime[];
  medianDaysToDecision: number | null;
}

@ObjectType({
  description:
    'Conversion statistics for a period and the shared company filter (design § Statistics). For statistics a missing ' +
    '`filter.archived` means ALL: archived companies stay in the statistics. `filter.stageIds` means the current stage.',
})
export class Statistics {
  @Field(() => [FunnelStep], { description: 'Over the OPEN stages in order; cohort: companies created in the period.' })
  funnel: FunnelStep[];

  @Field(() => Int, { description: 'Companies of the cohort that were ever WON (the step after the last OPEN stage).' })
  funnelWon: number;

  @Field(() => Int, { description: 'Current stage WON, closing date in the period.' })
  won: number;

  @Field(() => Int, { description: 'Current stage LOST, closing date in the period.' })
  lost: number;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost); null when nothing closed in the period.' })
  winRate: number | null;

  @Field(() => [YearCount], {
    description: 'For each calendar year the period touches (the whole year): companies whose current stage is WON with closing date in that year.',
  })
  establishmentsByYear: YearCount[];

  @Field(() => JobsFigures)
  jobs: JobsFigures;

  @Field(() => ResidentsFigures)
  residents: ResidentsFigures;

  @Field(() => [MonthJobs], { description: 'Every month the period touches, for the burn-up chart.' })
  jobsOverTime: MonthJobs[];

  // timeInStage and medianDaysToDecision: field resolvers (stats.resolver.ts) that run only when asked for.
  /** The medians, computed once on first use. */
  durations: () => Promise<Durations>;

  @Field(() => [MeetingMonthCount], {
    description:
      'Meetings whose time is in the period, per month (Oslo) and kind; only non-zero counts. With a filter, a meeting counts ' +
      'once if it concerns at least one matching company; meetings with no company count only when the filter is empty.',
  })
  meetingsByMonth: MeetingMonthCount[];

  @Field(() => [MeetingQuarterCount], { description: 'As meetingsByMonth, per quarter.' })
  meetingsByQuarter: MeetingQuarterCount[];

  @Field(() => Int, { description: 'A figure of now: companies open now and not archived.' })
  activeCompanies: number;

  @Field(() => [FocusAreaStatistics], {
    description: 'Each focus area held by a matching company, in order. A company counts in each of its areas: the split can sum to more than the total.',
  })
  byFocusArea: FocusAreaStatistics[];

  @Field(() => [TargetGroupStatistics], { description: 'Each target group held by a matching company; null group last.' })
  byTargetGroup: TargetGroupStatistics[];

  @Field(() => [MunicipalityStatistics], { description: 'Each target municipality (current number) held by a matching company; null last.' })
  byMunicipality: MunicipalityStatistics[];
}

@ObjectType({ description: 'How far a target in force has come, for the filter.' })
export class TargetProgress {
  @Field(() => Target)
  target: Target;

  @Field(() => Int, {
    description: 'Realized so far in the target’s period (Oslo days, up to now): jobs / new residents / count of companies WON with closing date in it, or meetings of its kind.',
  })
  realized: number;

  @Field(() => Float, {
    description: 'The goal for the whole period: target.value, times the period’s years (days / 365.25, two decimals) for per-year targets.',
  })
  value: number;

  @Field(() => Float, { description: 'Years of the target period (days / 365.25, two decimals).' })
  years: number;

  @Field(() => Float, { nullable: true, description: 'realized / value, 0–1 (above 1 when exceeded); null when value is 0.' })
  share: number | null;

  @Field(() => Float, { nullable: true, description: 'JOBS only: the weighted pipeline now (open, not archived).' })
  weightedPipeline: number | null;

  @Field(() => Float, { nullable: true, description: 'JOBS only: realized + weighted pipeline.' })
  forecast: number | null;
}
