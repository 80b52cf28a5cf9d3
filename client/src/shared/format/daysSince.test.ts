import { describe, expect, it } from 'vitest';
import { daysSince } from './daysSince';

describe('daysSince', () => {
  const now = new Date('2018-06-15T10:00:00Z'); // 12:00 in Norway

  it('counts calendar days, not 24-hour spans', () => {
    expect(daysSince('2018-06-15T00:30:00Z', now)).toBe(0);
    expect(daysSince('2018-06-14T21:59:00Z', now)).toBe(1); // 23:59 the day before in Norway
    expect(daysSince('2018-06-14T22:01:00Z', now)).toBe(0); // 00:01 the same day in Norway
    expect(daysSince('2018-06-12T12:00:00Z', now)).toBe(3);
  });

  it('counts across a change to summer time without losing a day', () => {
    expect(daysSince('2018-03-24T12:00:00Z', new Date('2018-03-26T12:00:00Z'))).toBe(2);
  });

  it('is negative for a time in the future', () => {
    expect(daysSince('2018-06-17T10:00:00Z', now)).toBe(-2);
  });
});
