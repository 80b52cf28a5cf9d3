import { Arg, Authorized, Ctx, Float, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { canReadPipeline } from '../auth/roles';
import { ProspectFilter, prospectFilterSchema } from '../prospect/prospect-filter.input';
import { PeriodInput, periodSchema } from './stats.inputs';
import { StatsService } from './stats.service';
import { StageTime, Statistics, TargetProgress } from './stats.types';

const statisticsArgs = z.object({ filter: prospectFilterSchema, period: periodSchema });

@Resolver()
export class StatsResolver {
  @Authorized(canReadPipeline)
  @Query(() => Statistics, { description: 'The board figures for a period; a missing filter.archived means ALL here.' })
  statistics(
    @Ctx() ctx: Context,
    @Arg('filter', () => ProspectFilter, { nullable: true }) filter: ProspectFilter | null,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<Statistics> {
    const args = parseInput(statisticsArgs, { filter, period });
    return new StatsService(ctx.em, ctx.loaders).statistics(args.filter ?? {}, args.period);
  }

  @Authorized(canReadPipeline)
  @Query(() => [TargetProgress], { description: 'Every target in force with progress for the filter (a missing filter.archived means ALL).' })
  targetProgress(
    @Ctx() ctx: Context,
    @Arg('filter', () => ProspectFilter, { nullable: true }) filter: ProspectFilter | null,
  ): Promise<TargetProgress[]> {
    const values = parseInput(prospectFilterSchema, filter);
    return new StatsService(ctx.em, ctx.loaders).targetProgress(values ?? {});
  }
}

/** The medians of the statistics read rows, not summaries: computed only when a client selects them. */
@Resolver(() => Statistics)
export class StatisticsDurationsResolver {
  @FieldResolver(() => [StageTime], {
    description: 'Every stage in order. Each log entry starting in the period lasts until the company’s next entry, or until now; median per stage.',
  })
  async timeInStage(@Root() statistics: Statistics): Promise<StageTime[]> {
    return (await statistics.durations()).timeInStage;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Median days from creation to closing date of companies WON in the period.' })
  async medianDaysToDecision(@Root() statistics: Statistics): Promise<number | null> {
    return (await statistics.durations()).medianDaysToDecision;
  }
}
