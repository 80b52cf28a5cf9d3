import type { StatisticsData } from '../hooks/useStatistics';
import { establishmentsTarget } from '../figures';
import { tileYear, type Period } from '../period';
import { EstablishmentsChart } from './EstablishmentsChart';
import { FocusAreaConversion } from './FocusAreaConversion';
import { FunnelChart } from './FunnelChart';
import { JobsBurnUp } from './JobsBurnUp';
import { MeetingsByQuarter } from './MeetingsByQuarter';
import { TargetTiles } from './TargetTiles';
import { TimeInStage } from './TimeInStage';

/** Every figure of the period, in the order the board reads them; the page and the board report both show this. */
export function StatisticsFigures({ data, period }: { data: StatisticsData; period: Period }) {
  const statistics = data.statistics;
  const target = establishmentsTarget(data.targets, period);
  return (
    <div className="stat-figures">
      <TargetTiles statistics={statistics} year={tileYear(period)} establishmentsTarget={target} />
      <FunnelChart statistics={statistics} />
      <FocusAreaConversion statistics={statistics} />
      <JobsBurnUp statistics={statistics} />
      <EstablishmentsChart statistics={statistics} target={target} />
      <TimeInStage statistics={statistics} />
      <MeetingsByQuarter statistics={statistics} />
    </div>
  );
}
