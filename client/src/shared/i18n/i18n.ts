import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isAppLanguage, languages, type AppLanguage } from './languages';
import nb from './nb.json';

const storageKey = 'magnet.language';

// Bokmål is the default and ships in the first load; English is fetched when chosen.
const resources: Record<AppLanguage, () => Promise<typeof nb>> = {
  nb: async () => nb,
  en: async () => (await import('./en.json')).default,
};

function storedLanguage(): AppLanguage {
  try {
    const stored = localStorage.getItem(storageKey);
    return isAppLanguage(stored) ? stored : 'nb';
  } catch {
    // Storage can be blocked (privacy settings): fall back to bokmål.
    return 'nb';
  }
}

export const i18n = i18next.createInstance();
// Languages whose main texts are in; a lazily loaded part may have added its own before (settingsTexts).
const loaded = new Set<AppLanguage>(['nb']);

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb } },
  lng: 'nb',
  fallbackLng: 'nb',
  supportedLngs: languages,
  // Bokmål is bundled: initialise synchronously so even the first render is translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
});

/** Switches the UI language, loading its texts first; `<html lang>` and the stored choice follow. */
export async function changeLanguage(language: AppLanguage): Promise<void> {
  if (!loaded.has(language)) {
    i18n.addResourceBundle(language, 'translation', await resources[language](), true, false);
    loaded.add(language);
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

/**
 * Resolves when the language chosen on an earlier visit is ready (at once for bokmål).
 * If the English texts cannot be fetched, the app starts in bokmål rather than not at all.
 */
export const i18nReady = changeLanguage(storedLanguage()).catch(() => undefined);
