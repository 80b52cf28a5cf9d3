import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFilterOptions } from '../../features/filters/hooks/useFilterOptions';
import { useProspectFilter } from '../../features/filters/hooks/useProspectFilter';
import { toProspectFilter } from '../../features/filters/prospectFilter';
import { BoardReportHeader, type FilterPart } from '../../features/report/components/BoardReportHeader';
import { ClosedCompaniesTable } from '../../features/report/components/ClosedCompaniesTable';
import { useClosedCompanies } from '../../features/report/hooks/useClosedCompanies';
import { StatisticsFigures } from '../../features/statistics/components/StatisticsFigures';
import { useStatistics } from '../../features/statistics/hooks/useStatistics';
import { useStatisticsPeriod } from '../../features/statistics/hooks/useStatisticsPeriod';
import { describeError } from '../../shared/apollo/describeError';
import { localizedName } from '../../shared/i18n/localizedName';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import '../../shared/i18n/pipelineTexts';
import '../../shared/i18n/statisticsTexts';
import '../../features/statistics/statistics.css';
import '../../features/report/report.css';

/**
 * The board report: every figure of the statistics page for the period and filter in the
 * address, and the companies won and lost, laid out for A4 (print it, or `npm run report`).
 * `data-report-ready` tells the PDF script that everything has arrived.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const { period } = useStatisticsPeriod();
  const { filter } = useProspectFilter();
  const queryFilter = useMemo(() => toProspectFilter(filter), [filter]);
  const statistics = useStatistics(period, queryFilter);
  const closed = useClosedCompanies(period, queryFilter);
  const { options } = useFilterOptions();

  const filterParts: FilterPart[] = options
    ? [
        { kind: 'focusAreas', names: options.focusAreas.filter((f) => filter.focusAreaIds.includes(f.id)).map((f) => localizedName(f, language)) },
        { kind: 'owners', names: options.users.filter((u) => filter.ownerIds.includes(u.id)).map((u) => u.name) },
        {
          kind: 'targetMunicipalities',
          names: filter.targetMunicipalities.map((n) => options.municipalities.find((m) => m.number === n)?.name ?? n),
        },
        { kind: 'targetGroups', names: filter.targetGroups.map((g) => t(`filters.targetGroups.${g}`)) },
        { kind: 'stages', names: options.stages.filter((s) => filter.stageIds.includes(s.id)).map((s) => localizedName(s, language)) },
        { kind: 'text', names: filter.text.trim() ? [filter.text.trim()] : [] },
      ]
    : [];
  const error = statistics.error ?? closed.error;
  const ready = Boolean(statistics.data && closed.companies && options);

  return (
    <article className="board-report" data-report-ready={ready}>
      <div className="report-actions">
        <Link className="button" to={`/statistics?${searchParams.toString()}`}>
          {t('boardReport.back')}
        </Link>
        <button type="button" className="button button-primary" onClick={() => window.print()} disabled={!ready}>
          {t('boardReport.print')}
        </button>
      </div>
      <BoardReportHeader period={period} filterParts={filterParts} />
      {error && !ready ? (
        <ErrorNotice
          message={describeError(error, t)}
          onRetry={() => {
            void statistics.refetch();
          }}
        />
      ) : (
        <>
          {statistics.data ? <StatisticsFigures data={statistics.data} durations={statistics.data.statistics} period={period} /> : <p role="status">{t('stats.loading')}</p>}
          <section className="stat-section report-closed" aria-labelledby="closed-title">
            <h2 id="closed-title">{t('boardReport.closed.title')}</h2>
            {closed.companies ? <ClosedCompaniesTable companies={closed.companies} /> : <p role="status">{t('boardReport.closed.loading')}</p>}
          </section>
        </>
      )}
    </article>
  );
}
