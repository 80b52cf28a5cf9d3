import { describe, expect, it } from 'vitest';
import { formatOrgNumber } from './formatOrgNumber';

describe('formatOrgNumber', () => {
  it('groups nine digits in threes with no-break spaces', () => {
    expect(formatOrgNumber('952857991')).toBe('952\u00a0857\u00a0991');
  });

  it('regroups a number typed with spaces', () => {
    expect(formatOrgNumber('9528 57991')).toBe('952\u00a0857\u00a0991');
  });

  it('leaves anything that is not nine digits as given', () => {
    expect(formatOrgNumber('12345')).toBe('12345');
    expect(formatOrgNumber('95285799A')).toBe('95285799A');
  });
});
