import { getI18n } from 'react-i18next';
import en from './data.en.json';
import nb from './data.nb.json';

// The texts of issue 7's pages (register import, new companies from the register, CSV import,
// privacy settings) come with those pages, not in the first load: each imports this module for
// its effect, as the settings pages do with settingsTexts. Both languages at once.
for (const [language, texts] of [
  ['nb', nb],
  ['en', en],
] as const) {
  getI18n().addResourceBundle(language, 'translation', texts, true, false);
}
