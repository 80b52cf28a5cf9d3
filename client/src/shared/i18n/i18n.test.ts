import { describe, expect, it, vi } from 'vitest';
import en from './en.json';
import nb from './nb.json';

/** Every leaf key as a dotted path, e.g. `companies.columns.name`. */
function keys(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('has the same keys in bokmål and English', () => {
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('has no empty texts', () => {
    const leaves = (resources: object): unknown[] =>
      Object.values(resources).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v]));
    for (const text of [...leaves(nb), ...leaves(en)]) expect(text).toMatch(/\S/);
  });
});

/** A fresh i18n module, as on a new page load with `stored` remembered from an earlier visit. */
async function loadWithStored(stored: string) {
  localStorage.setItem('magnet.language', stored);
  vi.resetModules();
  const fresh = await import('./i18n');
  await fresh.i18nReady;
  return fresh.i18n;
}

describe('language choice', () => {
  it('starts in the language remembered from an earlier visit', async () => {
    const i18n = await loadWithStored('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.companies')).toBe('Companies');
    expect(document.documentElement.lang).toBe('en');
  });

  it('starts in bokmål when nothing valid is remembered', async () => {
    const i18n = await loadWithStored('sv');
    expect(i18n.language).toBe('nb');
    expect(i18n.t('nav.companies')).toBe('Bedrifter');
    expect(document.documentElement.lang).toBe('nb');
  });
});
