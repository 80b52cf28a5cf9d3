import { vi } from 'vitest';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ x: left, y: top, left, top, width, height, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;

/**
 * happy-dom lays nothing out, and dragging needs places: this gives the board a layout as a
 * browser would (columns 300 px apart, cards 120 px apart, in DOM order), so the keyboard
 * sensor can move a card to the next column or card. Undo with the returned function.
 */
export function layOutBoard(): () => void {
  const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    // The card being dragged (drawn over the board) starts where its own place in the column is.
    if (this.closest('.card-drag-overlay')) {
      const placeholder = document.querySelector<HTMLElement>('li.card-slot.is-placeholder');
      return placeholder ? placeholder.getBoundingClientRect() : rect(0, 0, 0, 0);
    }
    const column = this.closest<HTMLElement>('.pipeline-column');
    if (!column) return rect(0, 0, 0, 0);
    const columnIndex = [...document.querySelectorAll('.pipeline-column')].indexOf(column);
    if (this === column) return rect(columnIndex * 300, 0, 280, 2000);
    const slot = this.closest<HTMLElement>('li.card-slot');
    if (!slot) return rect(columnIndex * 300, 0, 0, 0);
    const index = [...column.querySelectorAll('li.card-slot')].indexOf(slot);
    return rect(columnIndex * 300 + 10, 100 + index * 120, 260, 100);
  });
  return () => spy.mockRestore();
}
