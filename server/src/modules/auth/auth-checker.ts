import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../app/context';
import { AppError } from '../../shared/graphql/errors';
import type { Role } from '../user/user.entity';

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Du må logge inn.');
export const forbidden = () => new AppError('FORBIDDEN', 'Du har ikke tilgang til dette.');

/** `@Authorized()` needs a signed-in user; `@Authorized(Role.ADMIN, …)` one of those roles. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
  return true;
};
