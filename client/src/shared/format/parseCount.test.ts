import { describe, expect, it } from 'vitest';
import { parseCount } from './parseCount';

describe('parseCount', () => {
  it('reads whole numbers as people type them, spaces and no-break spaces included', () => {
    expect(parseCount('1 200')).toBe(1200);
    expect(parseCount('1\u00a0200')).toBe(1200);
    expect(parseCount('1\u202f200')).toBe(1200);
    expect(parseCount('0')).toBe(0);
  });

  it('is null for empty (unknown) and NaN for anything else', () => {
    expect(parseCount('  ')).toBeNull();
    expect(parseCount('12,5')).toBeNaN();
    expect(parseCount('-3')).toBeNaN();
    expect(parseCount('mange')).toBeNaN();
  });
});
