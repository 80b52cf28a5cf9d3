import type { StatisticsDurations, StatisticsFiguresData } from '../hooks/useStatistics';
import { establishmentsTarget } from '../figures';
import { tileYear, type Period } from '../period';
import { EstablishmentsChart } from './EstablishmentsChart';
import { FocusAreaConversion } from './FocusAreaConversion';
import { FunnelChart } from './FunnelChart';
import { JobsBurnUp } from './JobsBurnUp';
import { MeetingsByQuarter } from './MeetingsByQuarter';
import { TargetTiles } from './TargetTiles';
import { TimeInStage, TimeInStagePending } from './TimeInStage';

/**
 * Every figure of the period, in the order the board reads them; the page and the board report
 * both show this. The medians may come after the rest (`durations` undefined meanwhile).
 */
export function StatisticsFigures({ data, durations, period }: { data: StatisticsFiguresData; durations: StatisticsDurations | undefined; period: Period }) {
  const statistics = data.statistics;
  const target = establishmentsTarget(data.targets, period);
  return (
    <div className="stat-figures">
      <TargetTiles statistics={statistics} year={tileYear(period)} establishmentsTarget={target} />
      <FunnelChart statistics={statistics} />
      <FocusAreaConversion statistics={statistics} />
      <JobsBurnUp statistics={statistics} />
      <EstablishmentsChart statistics={statistics} target={target} />
      {durations ? <TimeInStage statistics={durations} /> : <TimeInStagePending />}
      <MeetingsByQuarter statistics={statistics} />
    </div>
  );
}
