import { useDroppable } from '@dnd-kit/core';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageCategory } from '../../../gql/graphql';
import { formatNumber } from '../../../shared/format/formatNumber';
import { localizedName } from '../../../shared/i18n/localizedName';
import { useLanguage } from '../../../shared/i18n/useLanguage';

export interface ColumnStage {
  id: string;
  nameNb: string;
  nameEn: string;
  category: StageCategory;
  staleAfterDays?: number | null;
}

/** The id a column has as a drop target (cards are targets by their own id). */
export const columnDropId = (stageId: string) => `column:${stageId}`;

/** The header of a column: name, how many companies and the sum of their estimated jobs. */
function ColumnHeader({ stage, count, jobs, headingId }: { stage: ColumnStage; count: number; jobs: number; headingId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <h2 id={headingId} className="column-name">
        {localizedName(stage, language)}
      </h2>
      <p className="column-totals">
        <span>{t('board.companies', { count, formatted: formatNumber(count, language) })}</span>
        <span>{t('board.jobs', { count: jobs, formatted: formatNumber(jobs, language) })}</span>
      </p>
    </>
  );
}

/**
 * One stage of the board. Its cards scroll inside it; more load when the end comes into view
 * (or on the button, for keyboards). `droppable` makes the whole column a drop target, so an
 * empty column takes cards too.
 */
export function PipelineColumn({
  stage,
  count,
  jobs,
  shown,
  hasMore,
  loadingMore,
  onLoadMore,
  droppable,
  onCollapse,
  children,
}: {
  stage: ColumnStage;
  count: number;
  jobs: number;
  shown: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  droppable: boolean;
  onCollapse?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const list = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage.id), data: { stageId: stage.id }, disabled: !droppable });
  // The latest callback, so the observer below is not set up again on every render of the board.
  const loadMore = useRef(onLoadMore);
  useEffect(() => {
    loadMore.current = onLoadMore;
  });

  // The sentinel after the last card: in view (or nearly), the next page is fetched. Observed
  // again after each page, so a tall screen keeps loading until it is full.
  useEffect(() => {
    const target = sentinel.current;
    if (!hasMore || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore.current(), {
      root: list.current,
      rootMargin: '0px 0px 200px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, shown]);

  return (
    <section
      ref={setNodeRef}
      className={`pipeline-column category-${stage.category.toLowerCase()}${isOver ? ' is-over' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="column-header">
        <ColumnHeader stage={stage} count={count} jobs={jobs} headingId={headingId} />
        {onCollapse && (
          <button type="button" className="link-button" onClick={onCollapse} aria-label={t('board.collapse', { stage: localizedName(stage, language) })}>
            {t('board.collapseShort')}
          </button>
        )}
      </header>
      <div className="column-cards" ref={list}>
        {shown === 0 && !hasMore ? <p className="column-empty">{t('board.emptyColumn')}</p> : <ul className="card-list">{children}</ul>}
        {hasMore && (
          <div ref={sentinel} className="column-more">
            <button type="button" className="button button-small" onClick={onLoadMore} disabled={loadingMore}>
              {loadingMore ? t('board.loadingMore') : t('board.loadMore', { count: count - shown, formatted: formatNumber(count - shown, language) })}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * A closed stage (Etablert, Avsluttet) folded to a narrow strip at the end of the board: its
 * name and totals, a button to open it, and still a target to drop a card on.
 */
export function CollapsedColumn({
  stage,
  count,
  jobs,
  droppable,
  onExpand,
}: {
  stage: ColumnStage;
  count: number;
  jobs: number;
  droppable: boolean;
  onExpand: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage.id), data: { stageId: stage.id }, disabled: !droppable });
  return (
    <section
      ref={setNodeRef}
      className={`pipeline-column is-collapsed category-${stage.category.toLowerCase()}${isOver ? ' is-over' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="column-header">
        <ColumnHeader stage={stage} count={count} jobs={jobs} headingId={headingId} />
      </header>
      <button
        type="button"
        className="button button-small"
        aria-expanded={false}
        data-column-button={stage.id}
        onClick={onExpand}
        aria-label={t('board.expand', { stage: localizedName(stage, language) })}
      >
        {t('board.expandShort')}
      </button>
    </section>
  );
}
