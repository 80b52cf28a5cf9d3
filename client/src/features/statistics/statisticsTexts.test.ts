import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/statistics.en.json';
import nb from '../../shared/i18n/statistics.nb.json';
import first from '../../shared/i18n/nb.json';

function keys(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the statistics texts', () => {
  it('have the same keys in bokmål and English', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('keep apart from the first load', () => {
    const firstLoad = new Set(Object.keys(first));
    expect(Object.keys(nb).filter((section) => firstLoad.has(section))).toEqual([]);
  });
});
