import { Ctx, Query, Resolver } from 'type-graphql';
import { IsNull } from 'typeorm';
import type { Context } from '../../app/context';
import { Target } from './target.entity';

@Resolver(() => Target)
export class TargetResolver {
  @Query(() => [Target], { description: 'Targets in force (not retired), by metric and period.' })
  targets(@Ctx() ctx: Context): Promise<Target[]> {
    return ctx.em.find(Target, { where: { retiredAt: IsNull() }, order: { metric: 'ASC', periodStart: 'ASC' } });
  }
}
