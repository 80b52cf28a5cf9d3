import { describe, expect, it, vi } from 'vitest';
import dataEn from './data.en.json';
import dataNb from './data.nb.json';
import en from './en.json';
import nb from './nb.json';
import pipelineEn from './pipeline.en.json';
import pipelineNb from './pipeline.nb.json';
import settingsEn from './settings.en.json';
import settingsNb from './settings.nb.json';

// Each bokmål file and its English twin: the first load's texts, and the settings pages'.
const pairs = [
  ['first load', nb, en],
  ['settings', settingsNb, settingsEn],
  ['pipeline and company list', pipelineNb, pipelineEn],
  ['data in and out', dataNb, dataEn],
] as const;

/** Every leaf key as a dotted path, e.g. `companies.columns.name`. */
function keys(resources: object, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it.each(pairs)('has the same keys in bokmål and English (%s)', (_, bokmal, english) => {
    expect(keys(english).sort()).toEqual(keys(bokmal).sort());
  });

  it('has no empty texts', () => {
    const leaves = (resources: object): unknown[] =>
      Object.values(resources).flatMap((v) => (typeof v === 'object' && v !== null ? leaves(v) : [v]));
    for (const text of pairs.flatMap(([, bokmal, english]) => [...leaves(bokmal), ...leaves(english)])) {
      expect(text).toMatch(/\S/);
    }
  });

  it('keeps the settings texts apart from the first load', () => {
    const firstLoad = new Set(Object.keys(nb));
    expect(Object.keys(settingsNb).filter((section) => firstLoad.has(section))).toEqual([]);
  });

  it('keeps the pipeline texts apart from the first load and the settings', () => {
    const elsewhere = new Set([...Object.keys(nb), ...Object.keys(settingsNb)]);
    expect(Object.keys(pipelineNb).filter((section) => elsewhere.has(section))).toEqual([]);
  });

  it('keeps the data-in-and-out texts apart from the other parts', () => {
    const elsewhere = new Set([...Object.keys(nb), ...Object.keys(settingsNb), ...Object.keys(pipelineNb)]);
    expect(Object.keys(dataNb).filter((section) => elsewhere.has(section))).toEqual([]);
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
