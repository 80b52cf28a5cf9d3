import { useTranslation } from 'react-i18next';
import { toggled } from '../prospectFilter';
import { Disclosure } from './Disclosure';

export interface PickerOption {
  value: string;
  label: string;
}

/** Choices under headings, e.g. the region's municipalities before the neighbours. */
export interface PickerGroup {
  label?: string;
  options: PickerOption[];
}

/**
 * One field of the filter with several choices ("any of"): a button that says what is chosen
 * ("Fase: I dialog", "Fase: 2 valgt") and opens the checkboxes.
 */
export function FilterPicker({
  label,
  groups,
  selected,
  onChange,
}: {
  label: string;
  groups: PickerGroup[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const options = groups.flatMap((group) => group.options);
  const summary =
    selected.length === 0
      ? t('filters.all')
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? t('filters.chosen', { count: 1 }))
        : t('filters.chosen', { count: selected.length });

  return (
    <Disclosure
      className={selected.length > 0 ? 'filter-picker is-active' : 'filter-picker'}
      label={
        <>
          <span className="filter-picker-label">{label}:</span> {summary}
        </>
      }
    >
      {() => (
        <fieldset className="filter-choices">
          <legend className="visually-hidden">{label}</legend>
          {groups.map((group, index) => (
            <div key={group.label ?? index} role="group" aria-label={group.label}>
              {group.label && (
                <p className="filter-choices-heading" aria-hidden="true">
                  {group.label}
                </p>
              )}
              {group.options.map((option) => (
                <label key={option.value} className="filter-choice">
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={() => onChange(toggled(selected, option.value))}
                  />
                  {option.label}
                </label>
              ))}
            </div>
          ))}
          {selected.length > 0 && (
            <button type="button" className="link-button" onClick={() => onChange([])}>
              {t('filters.clearField', { field: label })}
            </button>
          )}
        </fieldset>
      )}
    </Disclosure>
  );
}
