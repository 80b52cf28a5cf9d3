import type { TFunction } from 'i18next';
import type { MeetingKind, TargetMetric } from '../../gql/graphql';

/** The metrics in the order of the programme's goals: jobs, establishments, residents, meetings. */
export const targetMetrics: readonly TargetMetric[] = ['JOBS', 'ESTABLISHMENTS', 'RESIDENTS', 'MEETINGS'];

interface TargetLike {
  metric: TargetMetric;
  meetingKind?: MeetingKind | null;
  periodStart: string;
}

/** "Arbeidsplasser", or for a meetings target its kind: "Møter (Nettverksmøte)". */
export function metricName(target: Omit<TargetLike, 'periodStart'>, t: TFunction): string {
  return target.metric === 'MEETINGS' && target.meetingKind
    ? t('projectSetup.targets.meetingsOfKind', { kind: t(`meeting.kinds.${target.meetingKind}`) })
    : t(`projectSetup.targets.metrics.${target.metric}`);
}

/** Targets by metric (the order above), then by the start of their period. */
export function byMetricAndPeriod(a: TargetLike, b: TargetLike): number {
  return targetMetrics.indexOf(a.metric) - targetMetrics.indexOf(b.metric) || a.periodStart.localeCompare(b.periodStart);
}
