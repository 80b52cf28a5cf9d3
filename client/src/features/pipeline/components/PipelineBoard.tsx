import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragCancelEvent,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProspectFilter } from '../../../gql/graphql';
import { describeError } from '../../../shared/apollo/describeError';
import { hasErrorCode } from '../../../shared/apollo/errorCode';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';
import { ErrorNotice } from '../../../shared/ui/ErrorNotice';
import { canWritePipeline } from '../../auth/access';
import { useViewer } from '../../auth/hooks/useViewer';
import { boardAnnouncements } from '../boardAnnouncements';
import { boardCollisions, boardKeyboardCoordinates, dropTargetStage, isColumnTarget, placeCard } from '../dragTargets';
import { useMovePipelineCard, type PipelineCardMove } from '../hooks/useMovePipelineCard';
import { usePipeline } from '../hooks/usePipeline';
import { CollapsedColumn, PipelineColumn } from './PipelineColumn';
import { PipelineCard } from './PipelineCard';
import { SortableCard } from './SortableCard';
import { StageOutcomeDialog } from './StageOutcomeDialog';
import '../pipeline.css';

type Columns = NonNullable<ReturnType<typeof usePipeline>['columns']>;
type Card = Columns[number]['cards']['edges'][number]['node'];

/** A move waiting to be sent (or, to WON or LOST, for the dialog's answers). */
export type PendingMove = PipelineCardMove & { name: string; fromStageId: string; byKeyboard?: boolean };

/**
 * The pipeline: a column per open stage in order, then the closed ones (folded until opened).
 * Those who may write move cards by drag and drop or with the keyboard; the move shows at once
 * and is taken back with a message if the server refuses it. The board only looks.
 */
export function PipelineBoard({ filter }: { filter: ProspectFilter }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { role } = useViewer();
  const canMove = canWritePipeline(role);
  const { columns, variables, loading, error, loadMore, loadingMore, reload } = usePipeline(filter);
  const moveCardOnServer = useMovePipelineCard(variables);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // While a card is dragged: the order of every column as the drag has it (the cache is untouched until the drop).
  const [preview, setPreview] = useState<Record<string, string[]> | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [notice, setNotice] = useState<string>();
  // After a keyboard move the card's handle is a new element in its column: the focus goes back to
  // it once the card shows in the stage it ends up in (the new one, or the old one if undone).
  const [refocus, setRefocus] = useState<{ id: string; stageId: string } | null>(null);

  const sensors = useSensors(
    // A small movement first, so a click on the name still opens the company.
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // On a tablet a press-and-hold lifts the card; a quick swipe scrolls the board.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );

  const cards = useMemo(() => {
    const byId = new Map<string, { node: Card; stageId: string }>();
    for (const column of columns ?? []) {
      for (const edge of column.cards.edges) byId.set(edge.node.id, { node: edge.node, stageId: column.stage.id });
    }
    return byId;
  }, [columns]);

  useEffect(() => {
    if (!refocus || preview || cards.get(refocus.id)?.stageId !== refocus.stageId) return;
    const handle = document.querySelector<HTMLElement>(`[data-card-handle="${CSS.escape(refocus.id)}"]`);
    // A folded column shows no cards: then its button takes the focus.
    (handle ?? document.querySelector<HTMLElement>(`[data-column-button="${CSS.escape(refocus.stageId)}"]`))?.focus();
    setRefocus(null);
  }, [refocus, preview, cards]);

  if (!columns) {
    if (error) return <ErrorNotice message={describeError(error, t)} onRetry={reload} />;
    return <p role="status">{t('board.loading')}</p>;
  }

  const stageById = new Map(columns.map((column) => [column.stage.id, column.stage]));
  const stageName = (stageId: string | undefined) => {
    const stage = stageId ? stageById.get(stageId) : undefined;
    return stage ? localizedName(stage, language) : '';
  };
  const isCollapsed = (stageId: string) => stageById.get(stageId)?.category !== 'OPEN' && !expanded.has(stageId);
  const idsOf = (stageId: string, lists = preview) =>
    lists?.[stageId] ?? columns.find((c) => c.stage.id === stageId)?.cards.edges.map((edge) => edge.node.id) ?? [];
  const nameOf = (id: string | number) => cards.get(String(id))?.node.name ?? '';

  const commit = async (move: PendingMove) => {
    setNotice(undefined);
    try {
      await moveCardOnServer(move);
    } catch (e) {
      // The optimistic move is already undone; say why and show the board as the server has it.
      setRefocus((current) => (current?.id === move.id ? { id: move.id, stageId: move.fromStageId } : current));
      if (hasErrorCode(e, 'CONFLICT')) {
        setNotice(t('board.conflict', { name: move.name }));
        reload();
      } else {
        setNotice(t('board.moveFailed', { name: move.name, reason: describeError(e, t) }));
        if (CombinedGraphQLErrors.is(e)) reload();
      }
    }
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setNotice(undefined);
    setActiveId(String(active.id));
    setPreview(Object.fromEntries(columns.map((column) => [column.stage.id, idsOf(column.stage.id, null)])));
  };

  // Into another open column: the card takes its place there while the drag goes on.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    const to = dropTargetStage(over);
    if (!over || !to || isCollapsed(to)) return;
    setPreview((current) => {
      if (!current) return current;
      const id = String(active.id);
      const from = Object.keys(current).find((stageId) => current[stageId]!.includes(id));
      if (!from || from === to) return current;
      const below = active.rect.current.translated && active.rect.current.translated.top > over.rect.top + over.rect.height / 2;
      return {
        ...current,
        [from]: current[from]!.filter((x) => x !== id),
        [to]: placeCard(current[to] ?? [], id, isColumnTarget(over.id) ? null : String(over.id), Boolean(below)),
      };
    });
  };

  const onDragEnd = ({ active, over, activatorEvent }: DragEndEvent) => {
    const id = String(active.id);
    const lists = preview;
    setActiveId(null);
    setPreview(null);
    const byKeyboard = activatorEvent instanceof KeyboardEvent;
    const card = cards.get(id);
    if (byKeyboard && card) setRefocus({ id, stageId: card.stageId });
    const to = dropTargetStage(over);
    if (!over || !to || !card || !lists) return;
    // A folded column takes the card at its end; an open one where it was dropped.
    let beforeId: string | null = null;
    if (!isCollapsed(to)) {
      const list = placeCard(lists[to] ?? [], id, isColumnTarget(over.id) ? null : String(over.id), false);
      beforeId = list[list.indexOf(id) + 1] ?? null;
    }
    const original = idsOf(card.stageId, null);
    if (to === card.stageId && beforeId === (original[original.indexOf(id) + 1] ?? null)) return;
    const move: PendingMove = {
      id,
      name: card.node.name,
      fromStageId: card.stageId,
      toStageId: to,
      beforeId,
      version: card.node.version,
      changesStage: to !== card.stageId,
    };
    // Established or closed: the server needs the outcome, so the dialog asks first (and has the focus till then).
    if (move.changesStage && stageById.get(to)?.category !== 'OPEN') {
      setRefocus(null);
      setPending({ ...move, byKeyboard });
    } else {
      if (byKeyboard) setRefocus({ id, stageId: to });
      void commit(move);
    }
  };

  const onDragCancel = ({ active, activatorEvent }: DragCancelEvent) => {
    setActiveId(null);
    setPreview(null);
    const stageId = cards.get(String(active.id))?.stageId;
    if (activatorEvent instanceof KeyboardEvent && stageId) setRefocus({ id: String(active.id), stageId });
  };

  const announcements = boardAnnouncements(t, {
    nameOf,
    stageName,
    stageOf: (id) => cards.get(id)?.stageId,
    idsOf: (stageId) => idsOf(stageId),
  });

  const active = activeId ? cards.get(activeId) : undefined;
  const toggle = (stageId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(stageId)) next.add(stageId);
      return next;
    });

  return (
    <div className="pipeline" aria-busy={loading}>
      {notice && (
        <div role="alert" className="board-notice">
          <p>{notice}</p>
          <button type="button" className="button button-small" onClick={() => setNotice(undefined)}>
            {t('board.dismiss')}
          </button>
        </div>
      )}
      {error ? <p className="form-error">{describeError(error, t)}</p> : null}
      <DndContext
        sensors={canMove ? sensors : []}
        collisionDetection={boardCollisions}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.instructions') } }}
      >
        <div className="pipeline-board" role="region" aria-label={t('board.label')}>
          {columns.map((column) => {
            const stageId = column.stage.id;
            if (isCollapsed(stageId)) {
              return (
                <CollapsedColumn
                  key={stageId}
                  stage={column.stage}
                  count={column.count}
                  jobs={column.estimatedJobs}
                  droppable={canMove}
                  onExpand={() => toggle(stageId)}
                />
              );
            }
            const ids = idsOf(stageId);
            return (
              <PipelineColumn
                key={stageId}
                stage={column.stage}
                count={column.count}
                jobs={column.estimatedJobs}
                shown={column.cards.edges.length}
                hasMore={column.cards.pageInfo.hasNextPage}
                loadingMore={loadingMore.has(stageId)}
                onLoadMore={() => void loadMore(stageId)}
                droppable={canMove}
                onCollapse={column.stage.category !== 'OPEN' ? () => toggle(stageId) : undefined}
              >
                {canMove ? (
                  <SortableContext id={stageId} items={ids} strategy={verticalListSortingStrategy}>
                    {ids.map((id) => {
                      const card = cards.get(id);
                      return card ? (
                        <SortableCard
                          key={id}
                          id={id}
                          name={card.node.name}
                          stageId={stageId}
                          prospect={card.node}
                          staleAfterDays={column.stage.staleAfterDays}
                        />
                      ) : null;
                    })}
                  </SortableContext>
                ) : (
                  column.cards.edges.map(({ node }) => (
                    <li key={node.id} className="card-slot">
                      <PipelineCard prospect={node} staleAfterDays={column.stage.staleAfterDays} />
                    </li>
                  ))
                )}
              </PipelineColumn>
            );
          })}
        </div>
        <DragOverlay className="card-drag-overlay">
          {active ? (
            <div className="card-overlay">
              <PipelineCard prospect={active.node} staleAfterDays={stageById.get(active.stageId)?.staleAfterDays} />
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      {pending && (
        <StageOutcomeDialog
          name={pending.name}
          stage={stageById.get(pending.toStageId)!}
          onCancel={() => {
            setPending(null);
            if (pending.byKeyboard) setRefocus({ id: pending.id, stageId: pending.fromStageId });
          }}
          onConfirm={(outcome) => {
            setPending(null);
            if (pending.byKeyboard) setRefocus({ id: pending.id, stageId: pending.toStageId });
            void commit({ ...pending, ...outcome });
          }}
        />
      )}
    </div>
  );
}
