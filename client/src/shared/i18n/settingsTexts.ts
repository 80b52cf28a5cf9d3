import { getI18n } from 'react-i18next';
import en from './settings.en.json';
import nb from './settings.nb.json';

// The texts of the settings pages (own account, users, audit log) come with those pages, not in
// the first load: each settings page imports this module for its effect (modules run once).
// Both languages at once: they are small, and a language switch then needs nothing more.
for (const [language, texts] of [
  ['nb', nb],
  ['en', en],
] as const) {
  getI18n().addResourceBundle(language, 'translation', texts, true, false);
}
