import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { canManageSettings } from '../auth/roles';
import { User } from '../user/user.entity';
import { RegisterImport } from './register-import.entity';
import { RegisterImportService } from './register-import.service';

/** The report of the register import; the import itself is POST /import/register (register-import.routes.ts) or the CLI. */
@Resolver(() => RegisterImport)
export class RegisterImportResolver {
  @Authorized(canManageSettings)
  @Query(() => RegisterImport, { nullable: true, description: 'The latest register import (running, done or failed).' })
  lastRegisterImport(@Ctx() ctx: Context): Promise<RegisterImport | null> {
    return new RegisterImportService(ctx.em).latest();
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for an import from the command line.' })
  async startedBy(@Root() run: RegisterImport, @Ctx() ctx: Context): Promise<User | null> {
    return run.startedById ? ((await ctx.loaders.userById.load(run.startedById)) ?? null) : null;
  }
}
