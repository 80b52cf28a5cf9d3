import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { inTransaction, type Context } from '../../app/context';
import { parseInput, uuid } from '../../shared/validation';
import { forbidden } from '../auth/auth-checker';
import { canManageUsers, canReadPipeline } from '../auth/roles';
import { Role, User } from './user.entity';
import { CreateUserInput, createUserSchema, UpdateUserInput, updateUserSchema, UserWithPassword } from './user.inputs';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  @Authorized(canReadPipeline)
  @Query(() => [User], { description: 'Team members, e.g. to pick an owner. includeInactive is for ADMIN.' })
  users(
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ): Promise<User[]> {
    if (includeInactive && ctx.viewer!.role !== Role.ADMIN) throw forbidden();
    return new UserService(ctx.em, ctx.viewer!.id, ctx.sessionPolicy).listActive(includeInactive);
  }

  @Authorized(canManageUsers)
  @Mutation(() => UserWithPassword)
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput) input: CreateUserInput): Promise<UserWithPassword> {
    const values = parseInput(createUserSchema, input);
    return inTransaction(ctx, (tx) => new UserService(tx.em, ctx.viewer!.id, ctx.sessionPolicy).create(values));
  }

  @Authorized(canManageUsers)
  @Mutation(() => User, { description: 'Change name or role, or deactivate (ends their sessions) or reactivate.' })
  updateUser(@Ctx() ctx: Context, @Arg('input', () => UpdateUserInput) input: UpdateUserInput): Promise<User> {
    const values = parseInput(updateUserSchema, input);
    return inTransaction(ctx, (tx) => new UserService(tx.em, ctx.viewer!.id, ctx.sessionPolicy).update(values));
  }

  @Authorized(canManageUsers)
  @Mutation(() => UserWithPassword, { description: 'Sets a generated temporary password and ends the user’s sessions.' })
  resetUserPassword(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UserWithPassword> {
    const userId = parseInput(uuid(), id);
    return inTransaction(ctx, (tx) => new UserService(tx.em, ctx.viewer!.id, ctx.sessionPolicy).resetPassword(userId));
  }
}
