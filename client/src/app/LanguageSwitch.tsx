import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../shared/i18n/i18n';
import { languages } from '../shared/i18n/languages';
import { useLanguage } from '../shared/i18n/useLanguage';

/** Norsk / English; the choice is remembered (see shared/i18n/i18n.ts). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === current}
          onClick={() => void changeLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
