import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { canReadPipeline } from '../auth/roles';
import { User } from '../user/user.entity';
import { SavedView } from './saved-view.entity';
import { SaveViewInput, saveViewSchema, UpdateViewInput, updateViewSchema } from './saved-view.inputs';
import { SavedViewService } from './saved-view.service';

// Views are filters, not pipeline data: every role that reads the pipeline may keep its own.
@Resolver(() => SavedView)
export class SavedViewResolver {
  @Authorized(canReadPipeline)
  @Query(() => [SavedView], { description: 'Your views and the ones shared with the team.' })
  savedViews(@Ctx() ctx: Context): Promise<SavedView[]> {
    return new SavedViewService(ctx.em, ctx.viewer!.id).visible();
  }

  @Authorized(canReadPipeline)
  @Query(() => SavedView, { nullable: true, description: 'The view your pipeline opens with.' })
  defaultView(@Ctx() ctx: Context): Promise<SavedView | null> {
    return new SavedViewService(ctx.em, ctx.viewer!.id).defaultView();
  }

  @Authorized(canReadPipeline)
  @Mutation(() => SavedView)
  saveView(@Ctx() ctx: Context, @Arg('input', () => SaveViewInput) input: SaveViewInput): Promise<SavedView> {
    const values = parseInput(saveViewSchema, input);
    return inTransaction(ctx, (tx) => new SavedViewService(tx.em, ctx.viewer!.id).create(values));
  }

  @Authorized(canReadPipeline)
  @Mutation(() => SavedView)
  updateView(@Ctx() ctx: Context, @Arg('input', () => UpdateViewInput) input: UpdateViewInput): Promise<SavedView> {
    const values = parseInput(updateViewSchema, input);
    return inTransaction(ctx, (tx) => new SavedViewService(tx.em, ctx.viewer!.id).update(values));
  }

  @Authorized(canReadPipeline)
  @Mutation(() => ID)
  deleteView(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<string> {
    const viewId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new SavedViewService(tx.em, ctx.viewer!.id).remove(viewId, version));
  }

  @Authorized(canReadPipeline)
  @Mutation(() => SavedView, { nullable: true, description: 'Picks the view your pipeline opens with; null clears it.' })
  setDefaultView(@Ctx() ctx: Context, @Arg('id', () => ID, { nullable: true }) id: string | null): Promise<SavedView | null> {
    const viewId = id === null ? null : parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new SavedViewService(tx.em, ctx.viewer!.id).setDefault(viewId));
  }

  @FieldResolver(() => User)
  async owner(@Root() view: SavedView, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.userById.load(view.ownerId))!;
  }

  @FieldResolver(() => Boolean, { description: 'True when the signed-in user owns the view (and may change it).' })
  mine(@Root() view: SavedView, @Ctx() ctx: Context): boolean {
    return view.ownerId === ctx.viewer?.id;
  }
}
