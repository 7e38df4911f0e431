/**
 * A vertical layout for @lit-labs/virtualizer whose rows all have one known height (read from the
 * table's CSS, see grid-viewport.ts): row `i` starts at `i × rowHeight`, nothing to measure.
 *
 * Why not the virtualizer's flow layout: it guesses 100 px per item and corrects itself after
 * measuring the first rows; that correction resized the scroll area inside a ResizeObserver
 * callback (the browser then reported a "ResizeObserver loop") and moved the scrollbar under the
 * user. Told the height, it still measured every row it rendered, and with its base class it
 * weighed 3.1 KB min+gzip that the table paid up front. This implements the virtualizer's layout
 * contract (`Layout` in @lit-labs/virtualizer/layouts/shared/Layout.d.ts, not exported by the
 * package, hence the local types) for equal rows only.
 */

/** The layout config the virtualizer takes. */
export interface FixedRowLayoutConfig {
  rowHeight: number;
}

/** Rows rendered beyond each edge of the viewport. */
export const OVERSCAN_ROWS = 6;

interface Pin {
  index: number;
  block?: ScrollLogicalPosition;
}
interface Box {
  width: number;
  height: number;
}
interface Point {
  top: number;
  left: number;
}
/** What the layout tells the virtualizer (its `LayoutHostMessage`). */
type LayoutMessage =
  | {
      type: 'stateChanged';
      scrollSize: Box;
      range: { first: number; last: number; firstVisible: number; lastVisible: number };
      childPositions: Map<number, Point>;
      scrollError?: Point;
    }
  | { type: 'visibilityChanged'; firstVisible: number; lastVisible: number }
  | { type: 'unpinned' };

export class FixedRowLayout {
  readonly direction = 'vertical';
  /** Rows have their height from CSS: the virtualizer need not measure them. */
  readonly measureChildren = false;
  /** Set by the virtualizer: the scroller's scroll size and where the rows start inside it. */
  totalScrollSize: Box = { width: 0, height: 0 };
  offsetWithinScroller: Point = { top: 0, left: 0 };

  readonly #send: (message: LayoutMessage) => void;
  #rowHeight = 36;
  #items: unknown[] = [];
  readonly #viewport: Box = { width: 0, height: 0 };
  readonly #scroll: Point = { top: 0, left: 0 };
  #pin: Pin | null = null;
  #pendingReflow = false;
  /** The rendered rows (-1 when none) and the visible ones among them. */
  #first = -1;
  #last = -1;
  #firstVisible = 0;
  #lastVisible = 0;
  /** Scroll position the last reflow had to move from (pinning); sent once, then 0. */
  #scrollError = 0;

  constructor(send: (message: LayoutMessage) => void, config?: Partial<FixedRowLayoutConfig>) {
    this.#send = send;
    if (config) this.config = config;
  }

  set config(config: Partial<FixedRowLayoutConfig>) {
    if (config.rowHeight === undefined || config.rowHeight === this.#rowHeight) return;
    this.#rowHeight = config.rowHeight;
    this.#pendingReflow = true;
    // The virtualizer reflows on its next scroll or update; a new height must show without one.
    void Promise.resolve().then(() => this.reflowIfNeeded());
  }

  get config(): FixedRowLayoutConfig {
    return { rowHeight: this.#rowHeight };
  }

  get items(): unknown[] {
    return this.#items;
  }

  set items(items: unknown[]) {
    if (items === this.#items) return;
    this.#items = items;
    this.#pendingReflow = true;
  }

  get viewportSize(): Box {
    return this.#viewport;
  }

  set viewportSize(size: Box) {
    const height = this.#viewport.height;
    Object.assign(this.#viewport, size);
    if (height !== this.#viewport.height) this.#checkRange();
  }

  get viewportScroll(): Point {
    return this.#scroll;
  }

  set viewportScroll(scroll: Point) {
    const top = this.#scroll.top;
    Object.assign(this.#scroll, scroll);
    if (Math.abs(top - this.#scroll.top) >= 1) this.#checkRange();
  }

  get pin(): Pin | null {
    if (!this.#pin) return null;
    return { index: Math.max(0, Math.min(this.#pin.index, this.#items.length - 1)), block: this.#pin.block };
  }

  set pin(pin: Pin | null) {
    this.#pin = pin;
    this.#pendingReflow = true;
    void Promise.resolve().then(() => this.reflowIfNeeded());
  }

  unpin(): void {
    if (this.#pin === null) return;
    this.#send({ type: 'unpinned' });
    this.#pin = null;
  }

  getScrollIntoViewCoordinates(pin: Pin): { top: number } {
    return { top: this.#scrollPositionFor(pin) };
  }

  reflowIfNeeded(force = false): void {
    if (!force && !this.#pendingReflow) return;
    this.#pendingReflow = false;
    const pin = this.pin;
    if (pin) {
      const before = this.#scroll.top;
      this.#scroll.top = this.#scrollPositionFor({ index: pin.index, block: pin.block ?? 'start' }) - this.offsetWithinScroller.top;
      this.#scrollError = before - this.#scroll.top;
    }
    this.#updateRange();
    this.#updateVisible();
    this.#sendState();
  }

  get #scrollSize(): number {
    // At least 1 px: an empty list still has a (blank) scroll area.
    return Math.max(1, this.#items.length * this.#rowHeight);
  }

  /** Where to scroll so that a row shows at `block` (`nearest`: the closer of its two edges). */
  #scrollPositionFor({ index, block }: Pin): number {
    const rowTop = Math.min(this.#items.length, Math.max(0, index)) * this.#rowHeight;
    const view = this.#viewport.height;
    const rowEnd = rowTop - view + this.#rowHeight;
    let position = rowTop;
    if (block === 'center') position = rowTop - (view - this.#rowHeight) / 2;
    else if (block === 'end') position = rowEnd;
    else if (block === 'nearest') position = Math.abs(this.#scroll.top - rowTop) < Math.abs(this.#scroll.top - rowEnd) ? rowTop : rowEnd;
    position += this.offsetWithinScroller.top;
    return Math.max(-this.offsetWithinScroller.top, Math.min(position, this.totalScrollSize.height - view));
  }

  /** The rows from the overscan above the viewport to the overscan below it. */
  #updateRange(): void {
    const count = this.#items.length;
    if (count === 0 || this.#viewport.height === 0) {
      this.#first = this.#last = -1;
      return;
    }
    const overscan = OVERSCAN_ROWS * this.#rowHeight;
    const top = Math.max(0, this.#scroll.top - overscan);
    const bottom = this.#scroll.top + this.#viewport.height + overscan;
    this.#first = Math.min(count - 1, Math.floor(top / this.#rowHeight));
    this.#last = Math.max(this.#first, Math.min(count - 1, Math.ceil(bottom / this.#rowHeight) - 1));
  }

  /** Rows at least partly on screen (whole pixels, as the browser rounds). */
  #updateVisible(): boolean {
    if (this.#first === -1) return false;
    const top = Math.round(this.#scroll.top);
    const bottom = Math.round(this.#scroll.top + this.#viewport.height);
    let first = this.#first;
    while (first < this.#last && Math.round((first + 1) * this.#rowHeight) <= top) first++;
    let last = this.#last;
    while (last > this.#first && Math.round(last * this.#rowHeight) >= bottom) last--;
    if (first === this.#firstVisible && last === this.#lastVisible) return false;
    this.#firstVisible = first;
    this.#lastVisible = last;
    return true;
  }

  /** After a scroll or resize: reflow when the rendered rows no longer cover the overscan, else only report what is visible. */
  #checkRange(): void {
    const rendered = this.#first === -1 ? 0 : this.#last - this.#first + 1;
    if ((this.#viewport.height === 0 && rendered > 0) || this.#pin !== null) {
      this.#pendingReflow = true;
      return;
    }
    const overscan = OVERSCAN_ROWS * this.#rowHeight;
    const needTop = Math.max(0, this.#scroll.top - overscan);
    const needBottom = Math.min(this.#scrollSize, this.#scroll.top + this.#viewport.height + overscan);
    const renderedTop = this.#first === -1 ? 0 : this.#first * this.#rowHeight;
    const renderedBottom = this.#first === -1 ? 0 : (this.#last + 1) * this.#rowHeight;
    if (renderedTop > needTop || renderedBottom < needBottom) this.#pendingReflow = true;
    else if (this.#updateVisible()) this.#send({ type: 'visibilityChanged', firstVisible: this.#firstVisible, lastVisible: this.#lastVisible });
  }

  #sendState(): void {
    const childPositions = new Map<number, Point>();
    if (this.#first !== -1) for (let index = this.#first; index <= this.#last; index++) childPositions.set(index, { top: index * this.#rowHeight, left: 0 });
    const message: LayoutMessage = {
      type: 'stateChanged',
      // Width 0: the virtualizer leaves the rows' width to CSS (100%).
      scrollSize: { height: this.#scrollSize, width: 0 },
      range: { first: this.#first, last: this.#last, firstVisible: this.#firstVisible, lastVisible: this.#lastVisible },
      childPositions,
    };
    if (this.#scrollError) {
      message.scrollError = { top: this.#scrollError, left: 0 };
      this.#scrollError = 0;
    }
    this.#send(message);
  }
}

export function fixedRows(rowHeight: number): FixedRowLayoutConfig & { type: typeof FixedRowLayout } {
  return { type: FixedRowLayout, rowHeight };
}
