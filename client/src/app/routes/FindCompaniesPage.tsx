import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canManageSettings } from '../../features/auth/access';
import { useViewer } from '../../features/auth/hooks/useViewer';
import { readCandidateSearch, toCandidateFilter, writeCandidateSearch } from '../../features/prospect-candidates/candidateFilter';
import { CandidateFilterForm } from '../../features/prospect-candidates/components/CandidateFilterForm';
import { CandidateList } from '../../features/prospect-candidates/components/CandidateList';
import { useCandidateMunicipalities } from '../../features/prospect-candidates/hooks/useProspectCandidates';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../../features/prospect-candidates/candidates.css';
import '../../shared/i18n/dataTexts';

/** Register entities of the region not yet in the pipeline; one click makes one a company (the filter lives in the address). */
export default function FindCompaniesPage() {
  const { t } = useTranslation();
  const { role } = useViewer();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readCandidateSearch(params), [params]);
  const filter = useMemo(() => toCandidateFilter(search), [search]);
  const municipalities = useCandidateMunicipalities();
  return (
    <>
      <PageHeader title={t('candidates.title')} />
      <p>{t('candidates.intro')}</p>
      <CandidateFilterForm
        search={search}
        municipalities={municipalities}
        onSearch={(next) => setParams(writeCandidateSearch(next))}
      />
      <CandidateList filter={filter} canImport={canManageSettings(role)} />
    </>
  );
}
