import type { FragmentType } from '@apollo/client';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { PipelineCard, type PipelineCardFragment } from './PipelineCard';

/**
 * A card that can be moved: dragged with the mouse or a finger anywhere on it, or with the
 * keyboard from its handle (Space or Enter lifts it, the arrows move it, Space drops it).
 */
export function SortableCard({
  id,
  name,
  stageId,
  prospect,
  staleAfterDays,
}: {
  id: string;
  name: string;
  stageId: string;
  prospect: FragmentType<typeof PipelineCardFragment>;
  staleAfterDays?: number | null;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data: { stageId },
    attributes: { roleDescription: t('board.roleDescription') },
  });
  // The pointer starts a drag from the whole card; the keyboard only from the handle, so Enter
  // on the company's name still opens its page.
  const { onKeyDown, ...pointerListeners } = listeners ?? {};
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'card-slot is-placeholder' : 'card-slot'}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...pointerListeners}
    >
      <PipelineCard
        prospect={prospect}
        staleAfterDays={staleAfterDays}
        handle={
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle"
            data-card-handle={id}
            {...attributes}
            onKeyDown={onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined}
            aria-label={t('board.moveCard', { name })}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        }
      />
    </li>
  );
}
