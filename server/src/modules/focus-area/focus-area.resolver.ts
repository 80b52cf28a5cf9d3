import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { canManageSettings, canReadPipeline } from '../auth/roles';
import { FocusArea } from './focus-area.entity';
import { CreateFocusAreaInput, createFocusAreaSchema, UpdateFocusAreaInput, updateFocusAreaSchema } from './focus-area.inputs';
import { FocusAreaService } from './focus-area.service';

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Authorized(canReadPipeline)
  @Query(() => [FocusArea], { description: 'All focus areas, in display order.' })
  focusAreas(@Ctx() ctx: Context): Promise<FocusArea[]> {
    return ctx.loaders.allFocusAreas();
  }

  @Authorized(canManageSettings)
  @Mutation(() => FocusArea, { description: 'A new focus area, last in the order; its key is made from the English name.' })
  createFocusArea(@Ctx() ctx: Context, @Arg('input', () => CreateFocusAreaInput) input: CreateFocusAreaInput): Promise<FocusArea> {
    const values = parseInput(createFocusAreaSchema, input);
    return inTransaction(ctx, (tx) => new FocusAreaService(tx.em, ctx.viewer!.id).create(values));
  }

  @Authorized(canManageSettings)
  @Mutation(() => FocusArea)
  updateFocusArea(@Ctx() ctx: Context, @Arg('input', () => UpdateFocusAreaInput) input: UpdateFocusAreaInput): Promise<FocusArea> {
    const values = parseInput(updateFocusAreaSchema, input);
    return inTransaction(ctx, (tx) => new FocusAreaService(tx.em, ctx.viewer!.id).update(values));
  }
}
