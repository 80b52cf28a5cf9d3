import {
  closestCenter,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Over,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/**
 * Where a dragged card lands. Two kinds of drop targets are on the board: each column (by
 * `column:<stageId>`, so an empty or folded column takes a card) and each card (by its id,
 * inside its column's sortable list).
 */
const columnPrefix = 'column:';

export const isColumnTarget = (id: UniqueIdentifier) => String(id).startsWith(columnPrefix);

interface TargetData {
  stageId?: string;
  sortable?: { containerId: UniqueIdentifier };
}

/** The stage of the column a target belongs to: the column itself, or the column of a card. */
export function dropTargetStage(over: Pick<Over, 'data'> | null | undefined): string | undefined {
  const data = over?.data.current as TargetData | undefined;
  const stageId = data?.stageId ?? data?.sortable?.containerId;
  return stageId === undefined ? undefined : String(stageId);
}

/**
 * `ids` with `id` placed at the card `overId` (before it, or after it when `below`), or at the
 * end when there is no card to go by. Within one list this is the sortable's own rule: the
 * card takes the place of the one it is over.
 */
export function placeCard(ids: readonly string[], id: string, overId: string | null, below: boolean): string[] {
  const from = ids.indexOf(id);
  const rest = ids.filter((x) => x !== id);
  if (overId === null || overId === id || !rest.includes(overId)) {
    return overId === id && from >= 0 ? [...ids] : [...rest, id];
  }
  const overIndex = ids.indexOf(overId);
  // Same list: moving down lands after the card it is over, moving up before it.
  const after = from >= 0 ? from < overIndex : below;
  const at = rest.indexOf(overId) + (after ? 1 : 0);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The card under the pointer; between cards, the nearest card of the column the pointer is in;
 * an empty (or folded) column itself. The keyboard has no pointer: there the dragged card's
 * overlap decides.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  const hits = underPointer.length > 0 ? underPointer : rectIntersection(args);
  const card = hits.find((hit) => !isColumnTarget(hit.id));
  if (card) return [card];
  const column = hits.find((hit) => isColumnTarget(hit.id));
  if (!column) return [];
  const stageId = dropTargetStage(args.droppableContainers.find((c) => c.id === column.id));
  const cardsInColumn = args.droppableContainers.filter(
    (c) => !isColumnTarget(c.id) && dropTargetStage(c) === stageId,
  );
  return cardsInColumn.length > 0 ? closestCenter({ ...args, droppableContainers: cardsInColumn }) : [column];
};

/**
 * Keyboard moves: left and right go to the neighbouring column, up and down stay in the card's
 * column (without this, Down from the last card could jump to a lower card next door).
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== 'ArrowUp' && event.code !== 'ArrowDown') return sortableKeyboardCoordinates(event, args);
  const { droppableContainers, over, active } = args.context;
  const stageId = dropTargetStage(over) ?? dropTargetStage(active);
  const inColumn = droppableContainers.getEnabled().filter((c) => !isColumnTarget(c.id) && dropTargetStage(c) === stageId);
  // sortableKeyboardCoordinates asks the map for the enabled targets and looks targets up by id.
  const restricted = {
    getEnabled: () => inColumn,
    get: (id: UniqueIdentifier) => droppableContainers.get(id),
  } as unknown as typeof droppableContainers;
  return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: restricted } });
};
