import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../features/filters/components/FilterBar';
import { useDefaultViewOnOpen } from '../../features/filters/hooks/useDefaultViewOnOpen';
import { useProspectFilter } from '../../features/filters/hooks/useProspectFilter';
import { toProspectFilter } from '../../features/filters/prospectFilter';
import { PipelineBoard } from '../../features/pipeline/components/PipelineBoard';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../../shared/i18n/pipelineTexts';

/** The main screen: the board of stages under the team's filter (the viewer's default view when the link has none). */
export default function PipelinePage() {
  const { t } = useTranslation();
  const settled = useDefaultViewOnOpen();
  const { filter } = useProspectFilter();
  const queryFilter = useMemo(() => toProspectFilter(filter), [filter]);
  return (
    <>
      <PageHeader title={t('nav.pipeline')} />
      <FilterBar />
      {settled ? <PipelineBoard filter={queryFilter} /> : <p role="status">{t('board.loading')}</p>}
    </>
  );
}
