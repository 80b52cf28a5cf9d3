/**
 * Elements a keyboard shortcut acts on, marked with `data-shortcut`: the shortcut (app) and
 * the element (a feature) meet here without importing each other.
 */
export const shortcutTargets = {
  /** The page's search field, focused by `/`. */
  search: 'search',
} as const;

export const shortcutTargetSelector = (target: keyof typeof shortcutTargets) => `[data-shortcut="${shortcutTargets[target]}"]`;
