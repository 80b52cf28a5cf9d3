import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { useFilterOptions } from '../hooks/useFilterOptions';
import { useProspectFilter } from '../hooks/useProspectFilter';
import { isFiltered, targetGroups, type FilterValues, type ListField } from '../prospectFilter';
import { FilterPicker, type PickerGroup } from './FilterPicker';
import { FilterSearch } from './FilterSearch';
import { FocusAreaToggles } from './FocusAreaToggles';
import { SavedViewsMenu } from './SavedViewsMenu';
import '../filters.css';

/** The parts of the filter a page can show. */
export type FilterField = 'text' | 'focusAreas' | 'stages' | 'owners' | 'targetMunicipalities' | 'targetGroups';

export const allFilterFields: readonly FilterField[] = ['text', 'focusAreas', 'stages', 'owners', 'targetMunicipalities', 'targetGroups'];

/**
 * The filter of the pipeline, the company list (and later the statistics): the fields a page
 * asks for, "Nullstill", and optionally the saved views. Everything it sets is in the address.
 */
export function FilterBar({ fields = allFilterFields, savedViews = true }: { fields?: readonly FilterField[]; savedViews?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filter, setFilter, reset } = useProspectFilter();
  const { options } = useFilterOptions();
  const shows = (field: FilterField) => fields.includes(field);
  const setField = (field: ListField) => (values: string[]) =>
    setFilter((current) => ({ ...current, [field]: values }) as FilterValues);

  const pickers: { field: FilterField; list: ListField; label: string; groups: PickerGroup[] }[] = options
    ? [
        {
          field: 'stages',
          list: 'stageIds',
          label: t('filters.stage'),
          groups: [{ options: options.stages.map((s) => ({ value: s.id, label: localizedName(s, language) })) }],
        },
        {
          field: 'owners',
          list: 'ownerIds',
          label: t('filters.owner'),
          groups: [{ options: options.users.map((u) => ({ value: u.id, label: u.name })) }],
        },
        {
          field: 'targetMunicipalities',
          list: 'targetMunicipalities',
          label: t('filters.targetMunicipality'),
          // The server lists the region first; the picker says where the region ends.
          groups: [true, false].map((inRegion) => ({
            label: inRegion ? t('filters.region') : t('filters.neighbours'),
            options: options.municipalities
              .filter((m) => m.inRegion === inRegion)
              .map((m) => ({ value: m.number, label: m.name ?? m.number })),
          })),
        },
        {
          field: 'targetGroups',
          list: 'targetGroups',
          label: t('filters.targetGroup'),
          groups: [{ options: targetGroups.map((group) => ({ value: group, label: t(`filters.targetGroups.${group}`) })) }],
        },
      ]
    : [];

  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      <div className="filter-row">
        {shows('text') && <FilterSearch />}
        {savedViews && <SavedViewsMenu filter={filter} onApply={setFilter} />}
      </div>
      {shows('focusAreas') && options && (
        <FocusAreaToggles focusAreas={options.focusAreas} selected={filter.focusAreaIds} onChange={setField('focusAreaIds')} />
      )}
      <div className="filter-row">
        {pickers
          .filter((picker) => shows(picker.field))
          .map((picker) => (
            <FilterPicker
              key={picker.field}
              label={picker.label}
              groups={picker.groups}
              selected={filter[picker.list]}
              onChange={setField(picker.list)}
            />
          ))}
        <button type="button" className="button button-small" onClick={reset} disabled={!isFiltered(filter)}>
          {t('filters.reset')}
        </button>
      </div>
    </section>
  );
}
