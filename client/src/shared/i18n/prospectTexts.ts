import { getI18n } from 'react-i18next';
import en from './prospect.en.json';
import nb from './prospect.nb.json';

// The texts of story 1's pages (a company, a new company, meetings and follow-ups, the register)
// come with those pages, not in the first load: each imports this module for its effect, as the
// settings pages do with settingsTexts. Both languages at once: a switch then needs nothing more.
for (const [language, texts] of [
  ['nb', nb],
  ['en', en],
] as const) {
  getI18n().addResourceBundle(language, 'translation', texts, true, false);
}
