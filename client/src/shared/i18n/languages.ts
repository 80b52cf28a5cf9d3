/** The languages of the UI: bokmål first (the default), English second. */
export const languages = ['nb', 'en'] as const;

export type AppLanguage = (typeof languages)[number];

export function isAppLanguage(value: unknown): value is AppLanguage {
  return languages.includes(value as AppLanguage);
}

/** Intl locale per UI language; English uses British style (day first, 24-hour clock). */
export const intlLocale: Record<AppLanguage, string> = { nb: 'nb-NO', en: 'en-GB' };

/** One value per UI language, e.g. an Intl formatter built once for each locale. */
export function perLanguage<T>(make: (locale: string) => T): Record<AppLanguage, T> {
  return { nb: make(intlLocale.nb), en: make(intlLocale.en) };
}
