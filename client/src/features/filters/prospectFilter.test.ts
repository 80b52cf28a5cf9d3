import { describe, expect, it } from 'vitest';
import { emptyFilter, filterFromJson, filterFromSearchParams, isFiltered, sameFilter, toProspectFilter, toggled, withFilter } from './prospectFilter';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';

describe('the filter in the address', () => {
  it('reads every field, lists as repeated parameters, text as q (as old links have it)', () => {
    const params = new URLSearchParams(`focus=${b}&focus=${a}&stage=${a}&owner=${b}&target=3422&municipality=0427&group=LOCAL_GROWTH&q=rena&archived=ALL`);
    expect(filterFromSearchParams(params)).toEqual({
      focusAreaIds: [a, b],
      stageIds: [a],
      ownerIds: [b],
      targetMunicipalities: ['3422'],
      municipalities: ['0427'],
      targetGroups: ['LOCAL_GROWTH'],
      archived: 'ALL',
      text: 'rena',
    });
  });

  it('drops what cannot be meant (a mistyped or tampered link), and repeats', () => {
    const params = new URLSearchParams(`focus=${a}&focus=${a}&focus=nope&target=34&group=ALL_OF_THEM&archived=maybe`);
    expect(filterFromSearchParams(params)).toEqual({ ...emptyFilter, focusAreaIds: [a] });
  });

  it('writes the filter back, leaving the parameters it does not own (the sort) alone', () => {
    const filter = { ...emptyFilter, focusAreaIds: [a, b], targetGroups: ['PUBLIC_RELOCATION' as const], text: 'tre' };
    const written = withFilter(new URLSearchParams(`sort=activity&focus=${a}&q=old`), filter);
    expect(written.toString()).toBe(`sort=activity&focus=${a}&focus=${b}&group=PUBLIC_RELOCATION&q=tre`);
    expect(filterFromSearchParams(written)).toEqual(filter);
    expect(withFilter(written, emptyFilter).toString()).toBe('sort=activity');
  });
});

describe('the filter for the API', () => {
  it('sends only what narrows, text trimmed, in a fixed order (one cache entry per meaning)', () => {
    expect(toProspectFilter(emptyFilter)).toEqual({});
    expect(toProspectFilter({ ...emptyFilter, text: '  ' })).toEqual({});
    const filter = toProspectFilter({ ...emptyFilter, text: ' rena ', ownerIds: [b], focusAreaIds: [a] });
    expect(JSON.stringify(filter)).toBe(JSON.stringify({ focusAreaIds: [a], ownerIds: [b], text: 'rena' }));
    expect(isFiltered(emptyFilter)).toBe(false);
    expect(isFiltered({ ...emptyFilter, stageIds: [a] })).toBe(true);
  });

  it('reads a saved view the same way, whatever order its ids were saved in', () => {
    const fromView = filterFromJson({ focusAreaIds: [b, a], text: 'rena', unknown: 1, stageIds: 'not a list' });
    expect(fromView).toEqual({ ...emptyFilter, focusAreaIds: [a, b], text: 'rena' });
    expect(sameFilter(fromView, filterFromSearchParams(new URLSearchParams(`q=rena&focus=${a}&focus=${b}`)))).toBe(true);
    expect(sameFilter(fromView, emptyFilter)).toBe(false);
  });

  it('toggles a value in and out of a list', () => {
    expect(toggled([b], a)).toEqual([a, b]);
    expect(toggled([a, b], a)).toEqual([b]);
  });
});
