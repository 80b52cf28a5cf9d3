import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { inTransaction, type Context } from '../../app/context';
import { AppError, badInput } from '../../shared/graphql/errors';
import { parseInput } from '../../shared/validation';
import { recordAudit } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { emailSchema, newPasswordSchema } from '../user/user.inputs';
import { UserService } from '../user/user.service';
import { LoginThrottle } from './login-throttle';
import { verifyPassword } from './password';
import { SessionService } from './session.service';

const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Skriv passordet.').max(200, 'Passordet kan ha høyst 200 tegn.'),
});

const wrongCredentials = () => new AppError('UNAUTHENTICATED', 'Feil e-post eller passord.');

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    return ctx.viewer ? ((await ctx.loaders.userById.load(ctx.viewer.id)) ?? null) : null;
  }

  // Nullable so that, of several aliased attempts, each is answered (and counted) on its own.
  @Mutation(() => User, {
    nullable: true,
    description: 'Signs in and sets the session cookie. Ten failures in a row lock for 15 minutes.',
  })
  async login(@Ctx() ctx: Context, @Arg('email') email: string, @Arg('password') password: string): Promise<User> {
    const input = parseInput(loginSchema, { email, password });
    const keys = LoginThrottle.keys(input.email, ctx.ip);
    const throttle = new LoginThrottle(ctx.em);
    await throttle.reserveAttempt(keys); // counted before the check, committed at once

    const user = await new UserService(ctx.em, null, ctx.sessionPolicy).findByEmail(input.email);
    const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
    if (!user || !valid || !user.active) throw wrongCredentials();

    await throttle.clear(keys);
    const session = await inTransaction(ctx, async (tx) => {
      const created = await new SessionService(tx.em, ctx.sessionPolicy).create(user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
      await recordAudit(tx.em, { actorId: user.id, action: 'LOGIN', entity: 'Session', entityId: created.id });
      return created;
    });
    ctx.cookies.set(session.token, session.expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends the session at once and clears the cookie.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = ctx.viewer;
    if (viewer) {
      await inTransaction(ctx, async (tx) => {
        await new SessionService(tx.em, ctx.sessionPolicy).revoke(viewer.sessionId);
        await recordAudit(tx.em, { actorId: viewer.id, action: 'LOGOUT', entity: 'Session', entityId: viewer.sessionId });
      });
    }
    ctx.cookies.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<boolean> {
    const viewer = ctx.viewer!;
    const next = parseInput(newPasswordSchema, newPassword);
    if (next === currentPassword) throw badInput('Det nye passordet må være et annet enn det gamle.', 'newPassword');
    const throttle = new LoginThrottle(ctx.em);
    const keys = LoginThrottle.keys(viewer.email, ctx.ip);
    await throttle.reserveAttempt(keys);
    const user = (await ctx.em.findOneBy(User, { id: viewer.id }))!;
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badInput('Nåværende passord er feil.', 'currentPassword');
    }
    await throttle.clear(keys);
    await inTransaction(ctx, async (tx) => {
      await new UserService(tx.em, viewer.id, ctx.sessionPolicy).setPassword(user, next);
      await new SessionService(tx.em, ctx.sessionPolicy).revokeAllForUser(viewer.id, viewer.sessionId);
    });
    return true;
  }
}
