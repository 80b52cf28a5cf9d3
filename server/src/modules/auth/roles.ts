import { Role } from '../user/user.entity';

/** The role matrix of the design, named by what each group may do. */
export const canReadPipeline = [Role.ADMIN, Role.LEADER, Role.MEMBER, Role.BOARD];
/** Contact persons and meeting minutes: personal data, never for BOARD. */
export const canReadPersonalData = [Role.ADMIN, Role.LEADER, Role.MEMBER];
export const canWritePipeline = [Role.ADMIN, Role.LEADER, Role.MEMBER];
export const canManageSettings = [Role.ADMIN, Role.LEADER];
export const canManageUsers = [Role.ADMIN];
