import { describe, expect, it } from 'vitest';
import { osloDateAndTime, osloIsoString } from './osloTime';

describe('osloDateAndTime', () => {
  it('gives the date and time in Norway, not UTC', () => {
    expect(osloDateAndTime(new Date('2015-06-05T11:00:00Z'))).toEqual({ date: '2015-06-05', time: '13:00' });
    expect(osloDateAndTime(new Date('2017-12-31T23:30:00Z'))).toEqual({ date: '2018-01-01', time: '00:30' });
  });
});

describe('osloIsoString', () => {
  it('writes winter time with +01:00 and summer time with +02:00', () => {
    expect(osloIsoString('2026-11-26', '13:00')).toBe('2026-11-26T13:00:00+01:00');
    expect(osloIsoString('2026-06-05', '09:30')).toBe('2026-06-05T09:30:00+02:00');
  });

  it('is the same instant the date and time mean in Norway', () => {
    const iso = osloIsoString('2016-03-27', '03:30')!; // just after the spring change
    expect(osloDateAndTime(new Date(iso))).toEqual({ date: '2016-03-27', time: '03:30' });
    const autumn = osloIsoString('2016-10-30', '01:30')!;
    expect(osloDateAndTime(new Date(autumn))).toEqual({ date: '2016-10-30', time: '01:30' });
  });

  it('is null for a missing or malformed date or time', () => {
    expect(osloIsoString('', '13:00')).toBeNull();
    expect(osloIsoString('2026-11-26', '')).toBeNull();
    expect(osloIsoString('26.11.2026', '13:00')).toBeNull();
    expect(osloIsoString('2026-13-01', '13:00')).toBeNull();
  });
});
