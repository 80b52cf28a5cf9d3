import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { Stage } from './stage.entity';

@Resolver(() => Stage)
export class StageResolver {
  @Query(() => [Stage], { description: 'All stages: the open ones in order, then WON and LOST.' })
  stages(@Ctx() ctx: Context): Promise<Stage[]> {
    return ctx.loaders.allStages();
  }
}
