import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { periodFromSearchParams, withPeriod, type Period } from '../period';

/** The period of the statistics, kept in the address beside the filter (`from`, `to`). */
export function useStatisticsPeriod() {
  const [searchParams, setSearchParams] = useSearchParams();
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  // One object per address, so it is a stable query variable.
  const period = useMemo(() => periodFromSearchParams(new URLSearchParams({ from: from ?? '', to: to ?? '' })), [from, to]);
  const setPeriod = useCallback(
    (next: Period) => setSearchParams((previous) => withPeriod(previous, next), { replace: true }),
    [setSearchParams],
  );
  return { period, setPeriod };
}
