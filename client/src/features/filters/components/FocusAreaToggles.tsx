import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { readableTextColor } from '../../../shared/ui/readableTextColor';
import { toggled } from '../prospectFilter';

interface FocusAreaOption {
  id: string;
  nameNb: string;
  nameEn: string;
  color: string;
}

/**
 * The focus areas as chips that switch on and off (any of several). A chosen chip is filled
 * with its colour and carries a tick, so the state reads without colour too.
 */
export function FocusAreaToggles({
  focusAreas,
  selected,
  onChange,
}: {
  focusAreas: readonly FocusAreaOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="focus-toggles" role="group" aria-label={t('filters.focusAreas')}>
      {focusAreas.map((area) => {
        const pressed = selected.includes(area.id);
        return (
          <button
            key={area.id}
            type="button"
            className="focus-toggle"
            aria-pressed={pressed}
            style={
              pressed
                ? { backgroundColor: area.color, borderColor: area.color, color: readableTextColor(area.color) }
                : { borderColor: area.color }
            }
            onClick={() => onChange(toggled(selected, area.id))}
          >
            <span aria-hidden="true" className="focus-toggle-mark" style={pressed ? undefined : { backgroundColor: area.color }}>
              {pressed ? '✓' : ''}
            </span>
            {localizedName(area, language)}
          </button>
        );
      })}
    </div>
  );
}
