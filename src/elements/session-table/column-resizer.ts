/**
 * Column resizing by pointer drag on a header's handle. Pointer capture keeps the drag alive
 * outside the header; the click that ends a drag must not also sort the column.
 */
export class ColumnResizer {
  private endedAt = 0;

  constructor(private readonly onResize: (columnId: string, width: number) => void) {}

  start(event: PointerEvent, handle: HTMLElement, columnId: string, startWidth: number): void {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const rtl = getComputedStyle(handle).direction === 'rtl';
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('dragging');
    let frame = 0;
    let latest = startWidth;
    const move = (moveEvent: PointerEvent) => {
      const delta = (moveEvent.clientX - startX) * (rtl ? -1 : 1);
      latest = startWidth + delta;
      // One layout per frame however fast the pointer moves.
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          this.onResize(columnId, latest);
        });
      }
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      handle.classList.remove('dragging');
      cancelAnimationFrame(frame);
      this.onResize(columnId, latest);
      this.endedAt = performance.now();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }

  /** True right after a drag ended (the browser then fires a click on the header). */
  justResized(): boolean {
    return performance.now() - this.endedAt < 300;
  }
}
