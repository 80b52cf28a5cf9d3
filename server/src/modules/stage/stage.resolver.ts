import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { canManageSettings, canReadPipeline } from '../auth/roles';
import { Stage } from './stage.entity';
import { UpdateStageInput, updateStageSchema } from './stage.inputs';
import { StageService } from './stage.service';

@Resolver(() => Stage)
export class StageResolver {
  @Authorized(canReadPipeline)
  @Query(() => [Stage], { description: 'All stages: the open ones in order, then WON and LOST.' })
  stages(@Ctx() ctx: Context): Promise<Stage[]> {
    return ctx.loaders.allStages();
  }

  @Authorized(canManageSettings)
  @Mutation(() => Stage, { description: 'A new probability counts in the statistics at once, for every company in the stage.' })
  updateStage(@Ctx() ctx: Context, @Arg('input', () => UpdateStageInput) input: UpdateStageInput): Promise<Stage> {
    const values = parseInput(updateStageSchema, input);
    return inTransaction(ctx, (tx) => new StageService(tx.em, ctx.viewer!.id).update(values));
  }
}
