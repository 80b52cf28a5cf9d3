import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from './formatDate';

describe('formatDate', () => {
  it('writes dd.mm.åååå in bokmål', () => {
    expect(formatDate('2015-06-05T10:00:00Z', 'nb')).toBe('05.06.2015');
  });

  it('writes dd/mm/yyyy in English', () => {
    expect(formatDate('2015-06-05T10:00:00Z', 'en')).toBe('05/06/2015');
  });

  it('shows the date in Norwegian time, not UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Norway.
    expect(formatDate('2017-12-31T23:30:00Z', 'nb')).toBe('01.01.2018');
    // Summer time: 22:30 UTC is 00:30 the next day.
    expect(formatDate('2016-06-30T22:30:00Z', 'nb')).toBe('01.07.2016');
  });

  it('keeps a local date (YYYY-MM-DD) as it is', () => {
    expect(formatDate('2018-06-30', 'nb')).toBe('30.06.2018');
    expect(formatDate('2018-01-01', 'en')).toBe('01/01/2018');
  });

  it('accepts a Date', () => {
    expect(formatDate(new Date('2015-06-05T10:00:00Z'), 'nb')).toBe('05.06.2015');
  });
});

describe('formatTime', () => {
  it('writes kl. 13.00 in bokmål, in Norwegian time', () => {
    expect(formatTime('2015-06-05T11:00:00Z', 'nb')).toBe('kl.\u00a013.00'); // summer time, UTC+2
    expect(formatTime('2015-01-05T08:05:00Z', 'nb')).toBe('kl.\u00a009.05'); // winter time, UTC+1
  });

  it('writes a 24-hour clock with a colon in English', () => {
    expect(formatTime('2015-06-05T11:00:00Z', 'en')).toBe('13:00');
    expect(formatTime('2015-06-04T22:00:00Z', 'en')).toBe('00:00');
  });
});
