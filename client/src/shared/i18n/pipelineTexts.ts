import { getI18n } from 'react-i18next';
import en from './pipeline.en.json';
import nb from './pipeline.nb.json';

// The texts of the pipeline and the company list (filter bar, saved views, board, list) come with
// those pages, not in the first load: each page imports this module for its effect, as the
// settings pages do with settingsTexts.
for (const [language, texts] of [
  ['nb', nb],
  ['en', en],
] as const) {
  getI18n().addResourceBundle(language, 'translation', texts, true, false);
}
