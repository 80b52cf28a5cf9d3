import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../app/context';
import { toConnection } from '../../shared/graphql/connection';
import { parseInput, uuid } from '../../shared/validation';
import { canReadPipeline } from '../auth/roles';
import { ProspectConnection } from '../prospect/prospect.connection';
import { ProspectFilter, prospectFilterSchema } from '../prospect/prospect-filter.input';
import { Pipeline, PipelineColumn } from './pipeline.types';
import { PipelineService } from './pipeline.service';

const argsSchema = z.object({
  first: z.number().int().min(1, 'first må være minst 1.').max(100, 'first kan være høyst 100.'),
  filter: prospectFilterSchema,
});

@Resolver(() => Pipeline)
export class PipelineResolver {
  @Authorized(canReadPipeline)
  @Query(() => Pipeline, { description: 'The board: every stage with count, estimated jobs and the first cards, for the filter.' })
  async pipeline(
    @Ctx() ctx: Context,
    @Arg('filter', () => ProspectFilter, { nullable: true }) filter: ProspectFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Cards per column.' }) first: number,
  ): Promise<Pipeline> {
    const args = parseInput(argsSchema, { first, filter });
    const service = new PipelineService(ctx.em);
    const values = args.filter ?? {};
    const [stages, totals] = await Promise.all([ctx.loaders.allStages(), service.totals(values)]);
    const pages = await service.firstCards(values, args.first, totals);
    const columns = stages.map((stage) =>
      Object.assign(new PipelineColumn(), {
        stage,
        count: totals.get(stage.id)?.count ?? 0,
        estimatedJobs: totals.get(stage.id)?.estimatedJobs ?? 0,
        cards: toConnection(ProspectConnection, pages.get(stage.id) ?? { nodes: [], cursors: [], hasNextPage: false, count: async () => 0 }),
      }),
    );
    return Object.assign(new Pipeline(), { columns });
  }

  @Authorized(canReadPipeline)
  @Query(() => ProspectConnection, { description: 'More cards of one column, after the cursor of its last card.' })
  async pipelineCards(
    @Ctx() ctx: Context,
    @Arg('stageId', () => ID) stageId: string,
    @Arg('filter', () => ProspectFilter, { nullable: true }) filter: ProspectFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ProspectConnection> {
    const args = parseInput(argsSchema, { first, filter });
    const page = await new PipelineService(ctx.em).moreCards(parseInput(uuid(), stageId), args.filter ?? {}, args.first, after);
    return toConnection(ProspectConnection, page);
  }
}
