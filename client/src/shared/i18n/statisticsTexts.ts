import { getI18n } from 'react-i18next';
import en from './statistics.en.json';
import nb from './statistics.nb.json';

// The texts of the statistics page and the board report come with those pages, not in the first
// load: each imports this module for its effect, as the settings pages do with settingsTexts.
for (const [language, texts] of [
  ['nb', nb],
  ['en', en],
] as const) {
  getI18n().addResourceBundle(language, 'translation', texts, true, false);
}
