import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { canManageSettings, canReadPipeline } from '../auth/roles';
import { Target } from './target.entity';
import { CreateTargetInput, targetSchema, UpdateTargetInput, updateTargetSchema } from './target.inputs';
import { TargetService } from './target.service';

@Resolver(() => Target)
export class TargetResolver {
  @Authorized(canReadPipeline)
  @Query(() => [Target], { description: 'Targets in force (not retired), by metric and period.' })
  targets(@Ctx() ctx: Context): Promise<Target[]> {
    return new TargetService(ctx.em).inForce();
  }

  @Authorized(canManageSettings)
  @Mutation(() => Target)
  createTarget(@Ctx() ctx: Context, @Arg('input', () => CreateTargetInput) input: CreateTargetInput): Promise<Target> {
    const values = parseInput(targetSchema, input);
    return inTransaction(ctx, (tx) => new TargetService(tx.em, ctx.viewer!.id).create(values));
  }

  @Authorized(canManageSettings)
  @Mutation(() => Target, { description: 'A retired target cannot be changed.' })
  updateTarget(@Ctx() ctx: Context, @Arg('input', () => UpdateTargetInput) input: UpdateTargetInput): Promise<Target> {
    const values = parseInput(updateTargetSchema, input);
    return inTransaction(ctx, (tx) => new TargetService(tx.em, ctx.viewer!.id).update(values));
  }

  @Authorized(canManageSettings)
  @Mutation(() => Target, { description: 'Takes the target out of force (and out of the statistics); it is kept for history.' })
  retireTarget(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<Target> {
    const targetId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new TargetService(tx.em, ctx.viewer!.id).retire(targetId, version));
  }
}
