import type { Announcements } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { dropTargetStage, isColumnTarget } from './dragTargets';

/** What the board knows that the spoken messages need. */
export interface BoardWords {
  nameOf: (id: string) => string;
  stageName: (stageId: string | undefined) => string;
  stageOf: (id: string) => string | undefined;
  /** The cards of a column in the order the drag shows now. */
  idsOf: (stageId: string) => string[];
}

/**
 * What a screen reader hears while a card is moved (dnd-kit reads these out in its live region):
 * which card, which stage, which place in it.
 */
export function boardAnnouncements(t: TFunction, board: BoardWords): Announcements {
  const name = (id: string | number) => board.nameOf(String(id));
  return {
    onDragStart: ({ active }) => {
      const stageId = board.stageOf(String(active.id));
      const ids = stageId ? board.idsOf(stageId) : [];
      return t('board.announce.start', {
        name: name(active.id),
        stage: board.stageName(stageId),
        position: ids.indexOf(String(active.id)) + 1,
        total: ids.length,
      });
    },
    onDragOver: ({ active, over }) => {
      const to = dropTargetStage(over);
      if (!over || !to) return t('board.announce.outside', { name: name(active.id) });
      const sortable = over.data.current?.sortable as { index: number; items: unknown[] } | undefined;
      return sortable && !isColumnTarget(over.id)
        ? t('board.announce.over', { name: name(active.id), stage: board.stageName(to), position: sortable.index + 1, total: sortable.items.length })
        : t('board.announce.overColumn', { name: name(active.id), stage: board.stageName(to) });
    },
    onDragEnd: ({ active, over }) => {
      const to = dropTargetStage(over);
      return to
        ? t('board.announce.dropped', { name: name(active.id), stage: board.stageName(to) })
        : t('board.announce.notMoved', { name: name(active.id) });
    },
    onDragCancel: ({ active }) =>
      t('board.announce.cancelled', { name: name(active.id), stage: board.stageName(board.stageOf(String(active.id))) }),
  };
}
