import { describe, expect, it } from 'vitest';
import nb from './nb.json';
import en from './prospect.en.json';
import prospectNb from './prospect.nb.json';
import settingsNb from './settings.nb.json';

/** Every leaf key as a dotted path. */
function keys(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("story 1's texts", () => {
  it('has the same keys in bokmål and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(prospectNb).sort());
    const leaves = (resources: object): unknown[] =>
      Object.values(resources).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v]));
    for (const text of [...leaves(prospectNb), ...leaves(en)]) expect(text).toMatch(/\S/);
  });

  it('stays apart from the first load and the settings (they come with their pages)', () => {
    const taken = new Set([...Object.keys(nb), ...Object.keys(settingsNb)]);
    expect(Object.keys(prospectNb).filter((section) => taken.has(section))).toEqual([]);
  });
});
