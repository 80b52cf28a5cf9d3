import type { Role } from '../../gql/graphql';

/**
 * What each role may open in the app (design § Roles). The server refuses the data anyway;
 * these rules decide which links show and which pages say "no access" instead.
 */
export type Permission = (role: Role) => boolean;

export const anyRole: Permission = () => true;
/** Contact persons and meeting minutes are personal data: never for the board. */
export const canReadPersonalData: Permission = (role) => role !== 'BOARD';
/** The settings section; the board only reads figures (its own account is open to every role). */
export const canUseSettings: Permission = (role) => role !== 'BOARD';
/** Companies and the pipeline: create, edit, move cards (the board only reads). */
export const canWritePipeline: Permission = (role) => role !== 'BOARD';
/** Stages, focus areas and targets. */
export const canManageSettings: Permission = (role) => role === 'ADMIN' || role === 'LEADER';
/** Users and the audit log. */
export const canManageUsers: Permission = (role) => role === 'ADMIN';

/** Where a role starts: the board follows the figures, the team works the pipeline. */
export function homePath(role: Role): string {
  return role === 'BOARD' ? '/statistics' : '/pipeline';
}
