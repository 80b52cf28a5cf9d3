import { describe, expect, it } from 'vitest';
import { suggestFocusArea } from './suggestFocusArea';

describe('suggestFocusArea', () => {
  it.each([
    ['16.110', 'BIOECONOMY'],
    ['02.200', 'BIOECONOMY'],
    ['35.300', 'BIOECONOMY'],
    ['21.200', 'BIOECONOMY_PHARMA'],
    ['46.460', 'BIOECONOMY_PHARMA'],
    ['72.110', 'BIOECONOMY_PHARMA'],
    ['52.100', 'DEFENCE_LOGISTICS'],
    ['84.220', 'DEFENCE_LOGISTICS'],
    ['33.170', 'DEFENCE_LOGISTICS'],
    ['86.992', 'PUBLIC_HEALTH'],
    ['93.130', 'PUBLIC_HEALTH'],
  ])('suggests a focus area for %s', (code, key) => {
    expect(suggestFocusArea(code)).toBe(key);
  });

  it.each([['47.110'], ['16.230'], ['93.110'], [''], [null]])('suggests nothing for %s', (code) => {
    expect(suggestFocusArea(code)).toBeNull();
  });
});
