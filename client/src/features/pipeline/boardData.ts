/**
 * The board as the cache holds it, and the two changes the client makes to it itself: a card
 * moved (at once, before the server answers) and a column's next page appended. Pure functions
 * over the query's data, so the optimistic update is the same code as the confirmed one.
 */
interface CardNode {
  id: string;
  estimatedJobs?: number | null;
}

interface CardEdge {
  node: CardNode;
}

export interface BoardColumn<E extends CardEdge = CardEdge> {
  stage: { id: string };
  count: number;
  estimatedJobs: number;
  cards: { totalCount: number; edges: E[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}

export interface BoardData<C extends BoardColumn = BoardColumn> {
  pipeline: { columns: C[] };
}

export interface CardMove {
  id: string;
  toStageId: string;
  /** The card it is placed before; null: after the last one. */
  beforeId: string | null;
}

/** The stage whose column holds the card, if it is on the board. */
export function stageOfCard(board: BoardData, id: string): string | undefined {
  return board.pipeline.columns.find((column) => column.cards.edges.some((edge) => edge.node.id === id))?.stage.id;
}

/**
 * The board with the card taken out of its column and put into the target column before
 * `beforeId` (at the end when that card is not loaded). Counts and job sums follow the card.
 */
export function moveCard<B extends BoardData>(board: B, move: CardMove): B {
  const columns = board.pipeline.columns;
  const from = columns.find((column) => column.cards.edges.some((edge) => edge.node.id === move.id));
  const to = columns.find((column) => column.stage.id === move.toStageId);
  if (!from || !to) return board;
  const edge = from.cards.edges.find((e) => e.node.id === move.id)!;
  const jobs = edge.node.estimatedJobs ?? 0;
  const sameColumn = from === to;

  const next = columns.map((column) => {
    if (column !== from && column !== to) return column;
    let edges = column === from ? column.cards.edges.filter((e) => e.node.id !== move.id) : column.cards.edges;
    let { count, estimatedJobs } = column;
    let { totalCount } = column.cards;
    if (column === to) {
      const at = move.beforeId ? edges.findIndex((e) => e.node.id === move.beforeId) : -1;
      edges = at < 0 ? [...edges, edge] : [...edges.slice(0, at), edge, ...edges.slice(at)];
    }
    if (!sameColumn) {
      const sign = column === to ? 1 : -1;
      count += sign;
      totalCount += sign;
      estimatedJobs += sign * jobs;
    }
    return { ...column, count, estimatedJobs, cards: { ...column.cards, edges, totalCount } };
  });
  return { ...board, pipeline: { ...board.pipeline, columns: next } };
}

/**
 * The board with the next page of a column appended. A card already shown (one moved here,
 * placed at the end of what was loaded) takes its place from the server instead.
 */
export function appendCards<B extends BoardData>(
  board: B,
  stageId: string,
  page: { edges: B['pipeline']['columns'][number]['cards']['edges']; pageInfo: { hasNextPage: boolean; endCursor?: string | null } },
): B {
  const incoming = new Set(page.edges.map((edge) => edge.node.id));
  const columns = board.pipeline.columns.map((column) =>
    column.stage.id !== stageId
      ? column
      : {
          ...column,
          cards: {
            ...column.cards,
            edges: [...column.cards.edges.filter((edge) => !incoming.has(edge.node.id)), ...page.edges],
            pageInfo: { ...column.cards.pageInfo, ...page.pageInfo },
          },
        },
  );
  return { ...board, pipeline: { ...board.pipeline, columns } };
}
