import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { Context } from '../../app/context';
import { Target } from './target.entity';
import { canReadPipeline } from '../auth/roles';

@Resolver(() => Target)
export class TargetResolver {
  @Authorized(canReadPipeline)
  @Query(() => [Target], { description: 'Targets in force (not retired), by metric and period.' })
  targets(@Ctx() ctx: Context): Promise<Target[]> {
    return ctx.em.find(Target, { where: { retiredAt: IsNull() }, order: { metric: 'ASC', periodStart: 'ASC' } });
  }
}
