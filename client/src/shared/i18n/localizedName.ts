import type { AppLanguage } from './languages';

/** Picks the name in the UI language from records that carry both (stages, focus areas). */
export function localizedName(record: { nameNb: string; nameEn: string }, language: AppLanguage): string {
  return language === 'en' ? record.nameEn : record.nameNb;
}
