import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: 'Active team members, e.g. to pick an owner.' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.em.find(User, { where: { active: true }, order: { name: 'ASC' } });
  }
}
