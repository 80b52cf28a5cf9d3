import { useTranslation } from 'react-i18next';
import { isAppLanguage, type AppLanguage } from './languages';

/** The current UI language, re-rendering the caller when it changes. */
export function useLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  return isAppLanguage(i18n.language) ? i18n.language : 'nb';
}
