import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Stage } from './stage.entity';
import { canReadPipeline } from '../auth/roles';

@Resolver(() => Stage)
export class StageResolver {
  @Authorized(canReadPipeline)
  @Query(() => [Stage], { description: 'All stages: the open ones in order, then WON and LOST.' })
  stages(@Ctx() ctx: Context): Promise<Stage[]> {
    return ctx.loaders.allStages();
  }
}
