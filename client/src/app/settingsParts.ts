import { anyRole, canManageSettings, canManageUsers } from '../features/auth/access';

/**
 * The parts of the settings and who may open each: SettingsPage links to them, AppRoutes
 * guards them. Every role has its own account; the board sees nothing else of the settings.
 */
export const settingsParts = [
  { path: 'account', label: 'settings.account', allow: anyRole },
  { path: 'project', label: 'settings.project', allow: canManageSettings },
  { path: 'register-import', label: 'settings.registerImport', allow: canManageSettings },
  { path: 'privacy', label: 'settings.privacy', allow: canManageSettings },
  { path: 'users', label: 'settings.users', allow: canManageUsers },
  { path: 'audit', label: 'settings.audit', allow: canManageUsers },
] as const;

export type SettingsPart = (typeof settingsParts)[number]['path'];
