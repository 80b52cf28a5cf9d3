import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/ui/Field';
import { MunicipalitySelect } from '../../../shared/ui/MunicipalitySelect';
import type { CandidateSearch } from '../candidateFilter';

const empty: CandidateSearch = { industry: '', min: '', municipality: '', inactive: false };

/** Industry code, size and municipality; applied with the button (or Enter), not on each key. */
export function CandidateFilterForm({
  search,
  municipalities,
  onSearch,
}: {
  search: CandidateSearch;
  municipalities: readonly { number: string; name?: string | null; inRegion: boolean }[];
  onSearch: (search: CandidateSearch) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(search);
  // A new address (back button, shared link) starts the form again from it.
  const [shown, setShown] = useState(search);
  if (shown !== search) {
    setShown(search);
    setDraft(search);
  }
  const set = (change: Partial<CandidateSearch>) => setDraft((current) => ({ ...current, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="form candidate-filter" onSubmit={submit} aria-label={t('candidates.filterTitle')}>
      <div className="form-row">
        <Field label={t('candidates.industry')} hint={t('candidates.industryHint')}>
          {(control) => <input {...control} value={draft.industry} onChange={(e) => set({ industry: e.target.value })} />}
        </Field>
        <Field label={t('candidates.minEmployees')} hint={t('candidates.minEmployeesHint')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={draft.min}
              onChange={(e) => set({ min: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('candidates.municipality')}>
          {(control) => (
            <MunicipalitySelect
              {...control}
              municipalities={municipalities}
              value={draft.municipality}
              onChange={(municipality) => set({ municipality })}
              anyLabel={t('candidates.allMunicipalities')}
            />
          )}
        </Field>
      </div>
      <label className="candidate-choice">
        <input type="checkbox" checked={draft.inactive} onChange={(e) => set({ inactive: e.target.checked })} />
        {t('candidates.includeInactive')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('candidates.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDraft(empty);
            onSearch(empty);
          }}
        >
          {t('candidates.reset')}
        </button>
      </div>
    </form>
  );
}
