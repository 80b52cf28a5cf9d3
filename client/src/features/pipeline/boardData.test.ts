import { describe, expect, it } from 'vitest';
import { appendCards, moveCard, stageOfCard, type BoardColumn, type BoardData } from './boardData';

const edge = (id: string, estimatedJobs: number | null = null) => ({ node: { id, estimatedJobs } });

function column(stageId: string, ids: [string, number | null][], hasNextPage = false): BoardColumn {
  const edges = ids.map(([id, jobs]) => edge(id, jobs));
  const jobs = ids.reduce((sum, [, j]) => sum + (j ?? 0), 0);
  return { stage: { id: stageId }, count: edges.length, estimatedJobs: jobs, cards: { totalCount: edges.length, edges, pageInfo: { hasNextPage, endCursor: null } } };
}

const board: BoardData = {
  pipeline: {
    columns: [
      column('s1', [['a', 10], ['b', null]]),
      column('s2', [['c', 5]]),
    ],
  },
};
const ids = (data: BoardData, stageId: string) =>
  data.pipeline.columns.find((c) => c.stage.id === stageId)!.cards.edges.map((e) => e.node.id);
const totals = (data: BoardData, stageId: string) => {
  const c = data.pipeline.columns.find((col) => col.stage.id === stageId)!;
  return [c.count, c.cards.totalCount, c.estimatedJobs];
};

describe('moveCard', () => {
  it('moves a card to another column before a card, taking its count and jobs along', () => {
    const moved = moveCard(board, { id: 'a', toStageId: 's2', beforeId: 'c' });
    expect(ids(moved, 's1')).toEqual(['b']);
    expect(ids(moved, 's2')).toEqual(['a', 'c']);
    expect(totals(moved, 's1')).toEqual([1, 1, 0]);
    expect(totals(moved, 's2')).toEqual([2, 2, 15]);
    expect(stageOfCard(moved, 'a')).toBe('s2');
    // The board it came from is left as it was (the cache keeps it for the rollback).
    expect(ids(board, 's1')).toEqual(['a', 'b']);
  });

  it('puts a card at the end of the loaded cards when there is no card to go before', () => {
    expect(ids(moveCard(board, { id: 'c', toStageId: 's1', beforeId: null }), 's1')).toEqual(['a', 'b', 'c']);
    expect(ids(moveCard(board, { id: 'c', toStageId: 's1', beforeId: 'not-loaded' }), 's1')).toEqual(['a', 'b', 'c']);
  });

  it('reorders within a column without changing its totals', () => {
    const moved = moveCard(board, { id: 'b', toStageId: 's1', beforeId: 'a' });
    expect(ids(moved, 's1')).toEqual(['b', 'a']);
    expect(totals(moved, 's1')).toEqual([2, 2, 10]);
  });

  it('is the same board when the card is not on it (and gives the same result twice: optimistic, then confirmed)', () => {
    expect(moveCard(board, { id: 'x', toStageId: 's2', beforeId: null })).toBe(board);
    const once = moveCard(board, { id: 'a', toStageId: 's2', beforeId: null });
    expect(moveCard(once, { id: 'a', toStageId: 's2', beforeId: null })).toEqual(once);
  });
});

describe('appendCards', () => {
  it('appends the next page, and a card moved to the end earlier takes its place from the server', () => {
    const moved = moveCard(board, { id: 'c', toStageId: 's1', beforeId: null });
    const next = appendCards(moved, 's1', { edges: [edge('d'), edge('c', 5)], pageInfo: { hasNextPage: false, endCursor: 'e2' } });
    expect(ids(next, 's1')).toEqual(['a', 'b', 'd', 'c']);
    expect(next.pipeline.columns[0]!.cards.pageInfo).toEqual({ hasNextPage: false, endCursor: 'e2' });
  });
});
