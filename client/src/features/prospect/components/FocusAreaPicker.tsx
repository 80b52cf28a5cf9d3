import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { readableTextColor } from '../../../shared/ui/readableTextColor';
import { suggestFocusArea } from '../suggestFocusArea';
import '../prospect.css';

interface FocusArea {
  id: string;
  key: string;
  nameNb: string;
  nameEn: string;
  color: string;
}

/**
 * The focus areas as chips in their colours, each a checkbox. The area the industry code points
 * to is offered as a hint with a button: a help, never a tag set by itself.
 */
export function FocusAreaPicker({
  areas,
  selected,
  onChange,
  industryCode,
  error,
}: {
  areas: FocusArea[];
  selected: string[];
  onChange: (ids: string[]) => void;
  industryCode: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const suggestedKey = suggestFocusArea(industryCode);
  const suggested = areas.find((area) => area.key === suggestedKey);
  const toggle = (areaId: string, on: boolean) =>
    onChange(on ? [...selected, areaId] : selected.filter((other) => other !== areaId));

  return (
    <fieldset className="focus-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('prospect.fields.focusAreas')}</legend>
      <ul className="inline-list">
        {areas.map((area) => {
          const on = selected.includes(area.id);
          return (
            <li key={area.id}>
              <label
                className={on ? 'chip chip-toggle chip-on' : 'chip chip-toggle'}
                style={on ? { backgroundColor: area.color, color: readableTextColor(area.color) } : { borderColor: area.color }}
              >
                <input type="checkbox" checked={on} onChange={(event) => toggle(area.id, event.target.checked)} />
                {localizedName(area, language)}
              </label>
            </li>
          );
        })}
      </ul>
      {suggested && (
        <p className="field-hint focus-suggestion">
          {t('prospect.focusSuggestion', { code: industryCode, area: localizedName(suggested, language) })}{' '}
          {!selected.includes(suggested.id) && (
            <button type="button" className="button button-small" onClick={() => toggle(suggested.id, true)}>
              {t('prospect.focusSuggestionAdd', { area: localizedName(suggested, language) })}
            </button>
          )}
        </p>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
