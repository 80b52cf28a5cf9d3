import { perLanguage, type AppLanguage } from '../i18n/languages';

const decimal = perLanguage((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
const percent = perLanguage((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

/**
 * Intl's bokmål output uses U+00A0 or U+202F (depending on the ICU version) as the thousands
 * separator and before %, and U+2212 as minus. We show one no-break space (U+00A0) everywhere,
 * so a number never wraps and looks the same in every browser, and an ASCII hyphen-minus, so
 * a copied figure pastes into a spreadsheet as a number.
 */
function tidy(text: string): string {
  return text.replace(/[\u202f\u2009]/g, '\u00a0').replace(/\u2212/g, '-');
}

/** `10 000`, `20,5` in bokmål; `10,000`, `20.5` in English. At most two decimals. */
export function formatNumber(value: number, language: AppLanguage): string {
  return tidy(decimal[language].format(value));
}

/** A share 0–1 as a whole percent: `12 %` in bokmål, `12%` in English. */
export function formatPercent(share: number, language: AppLanguage): string {
  return tidy(percent[language].format(share));
}
