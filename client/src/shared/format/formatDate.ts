import { perLanguage, type AppLanguage } from '../i18n/languages';

// The team works in Norway: times are shown in Norwegian time whatever the viewer's machine says.
const timeZone = 'Europe/Oslo';
const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const dateOptions = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const date = perLanguage((locale) => new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone }));
// A local date is stored as UTC midnight below, so it is read back in UTC.
const localDate = perLanguage((locale) => new Intl.DateTimeFormat(locale, { ...dateOptions, timeZone: 'UTC' }));
const time = perLanguage(
  (locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }),
);

/**
 * `05.06.2015` in bokmål, `05/06/2015` in English. Takes an ISO time (DateTimeISO) or a
 * local date `YYYY-MM-DD` (LocalDate); a local date has no time zone, so it is never shifted.
 */
export function formatDate(value: string | Date, language: AppLanguage): string {
  if (typeof value === 'string' && localDatePattern.test(value)) {
    return localDate[language].format(new Date(`${value}T00:00:00Z`));
  }
  return date[language].format(new Date(value));
}

/** `kl. 13.00` in bokmål (the Language Council's style), `13:00` in English. */
export function formatTime(value: string | Date, language: AppLanguage): string {
  if (language === 'en') return time.en.format(new Date(value));
  // Intl's bokmål separator differs between CLDR versions (":" or "."): build it from the parts.
  const parts = time.nb.formatToParts(new Date(value));
  const part = (type: 'hour' | 'minute') => parts.find((p) => p.type === type)?.value;
  return `kl.\u00a0${part('hour')}.${part('minute')}`;
}
