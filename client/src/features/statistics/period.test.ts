import { describe, expect, it } from 'vitest';
import { periodFromSearchParams, periodPresets, programmePeriod, tileYear, withPeriod } from './period';

describe('the statistics period', () => {
  it('reads from and to from the address, and falls back to the programme period', () => {
    expect(periodFromSearchParams(new URLSearchParams('from=2016-01-01&to=2016-12-31'))).toEqual({ from: '2016-01-01', to: '2016-12-31' });
    expect(periodFromSearchParams(new URLSearchParams(''))).toEqual(programmePeriod);
    expect(periodFromSearchParams(new URLSearchParams('from=2017-01-01&to=2016-12-31'))).toEqual(programmePeriod);
    expect(periodFromSearchParams(new URLSearchParams('from=2016-13-45&to=2016-12-31'))).toEqual(programmePeriod);
  });

  it('keeps the filter parameters when the period changes', () => {
    const next = withPeriod(new URLSearchParams('focus=a&from=2015-01-01&to=2015-12-31'), { from: '2016-01-01', to: '2016-12-31' });
    expect(next.toString()).toBe('focus=a&from=2016-01-01&to=2016-12-31');
  });

  it('offers the programme period, its years and this year', () => {
    const keys = periodPresets(new Date('2026-03-01T12:00:00Z')).map((p) => p.key);
    expect(keys).toEqual(['programme', 'year-2015', 'year-2016', 'year-2017', 'year-2018', 'this-year']);
  });

  it('shows this year in the tile when the period reaches it, else the last year', () => {
    expect(tileYear(programmePeriod, new Date('2026-03-01T12:00:00Z'))).toBe(2018);
    expect(tileYear({ from: '2026-01-01', to: '2026-12-31' }, new Date('2026-03-01T12:00:00Z'))).toBe(2026);
  });
});
