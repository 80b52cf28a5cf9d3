import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './formatNumber';

const nbsp = '\u00a0';

describe('formatNumber', () => {
  it('groups thousands with a no-break space and uses a decimal comma in bokmål', () => {
    expect(formatNumber(10000, 'nb')).toBe(`10${nbsp}000`);
    expect(formatNumber(20.5, 'nb')).toBe('20,5');
    expect(formatNumber(1234567.891, 'nb')).toBe(`1${nbsp}234${nbsp}567,89`);
    expect(formatNumber(0, 'nb')).toBe('0');
  });

  it('writes minus as an ASCII hyphen-minus, not U+2212', () => {
    expect(formatNumber(-1234.5, 'nb')).toBe(`-1${nbsp}234,5`);
  });

  it('uses English style in English', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(20.5, 'en')).toBe('20.5');
    expect(formatNumber(-3, 'en')).toBe('-3');
  });

  it('never emits U+202F, U+2009 or U+2212', () => {
    for (const value of [-98765.4, 1000, 0.12]) {
      for (const text of [formatNumber(value, 'nb'), formatPercent(value, 'nb')]) {
        expect(text).not.toMatch(/[\u202f\u2009\u2212]/);
      }
    }
  });
});

describe('formatPercent', () => {
  it('shows a share as a whole percent with a no-break space in bokmål', () => {
    expect(formatPercent(0.12, 'nb')).toBe(`12${nbsp}%`);
    expect(formatPercent(0.5, 'nb')).toBe(`50${nbsp}%`);
    expect(formatPercent(1, 'nb')).toBe(`100${nbsp}%`);
  });

  it('has no space in English', () => {
    expect(formatPercent(0.12, 'en')).toBe('12%');
  });
});
