import { describe, expect, it } from 'vitest';
import { dropTargetStage, isColumnTarget, placeCard } from './dragTargets';

describe('placeCard', () => {
  it('within a list, takes the place of the card it is over (after it moving down, before it moving up)', () => {
    expect(placeCard(['a', 'b', 'c'], 'a', 'b', false)).toEqual(['b', 'a', 'c']);
    expect(placeCard(['a', 'b', 'c'], 'c', 'a', false)).toEqual(['c', 'a', 'b']);
    expect(placeCard(['a', 'b', 'c'], 'b', 'b', false)).toEqual(['a', 'b', 'c']);
  });

  it('from another list, goes before the card it is over, or after it when below its middle', () => {
    expect(placeCard(['a', 'b'], 'x', 'b', false)).toEqual(['a', 'x', 'b']);
    expect(placeCard(['a', 'b'], 'x', 'b', true)).toEqual(['a', 'b', 'x']);
  });

  it('goes to the end over the column itself', () => {
    expect(placeCard(['a', 'b'], 'x', null, false)).toEqual(['a', 'b', 'x']);
    expect(placeCard(['a', 'b'], 'a', null, false)).toEqual(['b', 'a']);
  });
});

describe('drop targets', () => {
  it('knows the stage of a column and of a card', () => {
    expect(dropTargetStage({ data: { current: { stageId: 's1' } } })).toBe('s1');
    expect(dropTargetStage({ data: { current: { sortable: { containerId: 's2', index: 0, items: [] } } } })).toBe('s2');
    expect(dropTargetStage(null)).toBeUndefined();
    expect(isColumnTarget('column:s1')).toBe(true);
    expect(isColumnTarget('a')).toBe(false);
  });
});
