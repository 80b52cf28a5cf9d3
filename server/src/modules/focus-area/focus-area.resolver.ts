import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { FocusArea } from './focus-area.entity';
import { canReadPipeline } from '../auth/roles';

@Resolver(() => FocusArea)
export class FocusAreaResolver {
  @Authorized(canReadPipeline)
  @Query(() => [FocusArea], { description: 'All focus areas, in display order.' })
  focusAreas(@Ctx() ctx: Context): Promise<FocusArea[]> {
    return ctx.loaders.allFocusAreas();
  }
}
