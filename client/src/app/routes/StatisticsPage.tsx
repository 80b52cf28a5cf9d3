import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useSearchParams } from 'react-router';
import { FilterBar, type FilterField } from '../../features/filters/components/FilterBar';
import { useProspectFilter } from '../../features/filters/hooks/useProspectFilter';
import { toProspectFilter } from '../../features/filters/prospectFilter';
import { PeriodPicker } from '../../features/statistics/components/PeriodPicker';
import { StatisticsFigures } from '../../features/statistics/components/StatisticsFigures';
import { useStatistics } from '../../features/statistics/hooks/useStatistics';
import { useStatisticsPeriod } from '../../features/statistics/hooks/useStatisticsPeriod';
import { withPeriod } from '../../features/statistics/period';
import { downloadCsv, statisticsCsvRows, toCsv } from '../../features/statistics/statisticsCsv';
import { describeError } from '../../shared/apollo/describeError';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { PageHeader } from '../../shared/ui/PageHeader';
import '../../shared/i18n/pipelineTexts';
import '../../shared/i18n/statisticsTexts';
import '../../features/statistics/statistics.css';

// The statistics split by focus area, owner, target municipality and group (design § Statistics); stage and text do not apply.
const statisticsFilterFields: readonly FilterField[] = ['focusAreas', 'owners', 'targetMunicipalities', 'targetGroups'];

// The board report (/statistics/report) is routed from here, not from AppRoutes: its chunk's
// preload list then stays out of the first load.
const ReportPage = lazy(() => import('./ReportPage'));

/** `/statistics` and its board report. */
export default function StatisticsPage() {
  return (
    <Routes>
      <Route index element={<StatisticsOverview />} />
      <Route path="report" element={<ReportPage />} />
      <Route path="*" element={<StatisticsOverview />} />
    </Routes>
  );
}

/** Where the board lands: the figures of a period against the programme's targets, for the shared filter. */
function StatisticsOverview() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const { period, setPeriod } = useStatisticsPeriod();
  const { filter } = useProspectFilter();
  const queryFilter = useMemo(() => toProspectFilter(filter), [filter]);
  const { figures, durations, data, error, loading, refetch } = useStatistics(period, queryFilter);
  const reportLink = `/statistics/report?${withPeriod(searchParams, period).toString()}`;

  const exportCsv = () => {
    if (!data) return;
    downloadCsv(toCsv(statisticsCsvRows(data, period, t, language)), `magnet-statistikk-${period.from}-${period.to}.csv`);
  };

  return (
    <div className="statistics-page">
      <PageHeader title={t('stats.title')} />
      <div className="stat-controls">
        <PeriodPicker period={period} onChange={setPeriod} />
        <FilterBar fields={statisticsFilterFields} savedViews={false} />
      </div>
      <div className="stat-actions">
        <button type="button" className="button" onClick={exportCsv} disabled={!data}>
          {t('stats.exportCsv')}
        </button>
        <Link className="button" to={reportLink}>
          {t('stats.report')}
        </Link>
      </div>
      {error && !data ? (
        <ErrorNotice message={describeError(error, t)} onRetry={() => void refetch()} />
      ) : figures ? (
        <div aria-busy={loading}>
          <StatisticsFigures data={figures} durations={durations} period={period} />
        </div>
      ) : (
        <p role="status">{t('stats.loading')}</p>
      )}
    </div>
  );
}
