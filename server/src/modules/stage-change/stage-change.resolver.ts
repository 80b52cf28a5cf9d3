import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { Stage } from '../stage/stage.entity';
import { User } from '../user/user.entity';
import { StageChange } from './stage-change.entity';

@Resolver(() => StageChange)
export class StageChangeResolver {
  @FieldResolver(() => Stage, { nullable: true, description: 'Null for the entry written at creation.' })
  async from(@Root() c: StageChange, @Ctx() ctx: Context): Promise<Stage | null> {
    return c.fromStageId ? ((await ctx.loaders.stageById.load(c.fromStageId)) ?? null) : null;
  }

  @FieldResolver(() => Stage)
  async to(@Root() c: StageChange, @Ctx() ctx: Context): Promise<Stage> {
    return (await ctx.loaders.stageById.load(c.toStageId))!;
  }

  @FieldResolver(() => User, { nullable: true })
  async by(@Root() c: StageChange, @Ctx() ctx: Context): Promise<User | null> {
    return c.changedById ? ((await ctx.loaders.userById.load(c.changedById)) ?? null) : null;
  }
}
