/**
 * The grid's scrolling body. Rows have one fixed height, so the viewport knows where every row is
 * without measuring. Up to VIRTUALIZER_MAX_PX of content it hands the rows to
 * @lit-labs/virtualizer; above that (a million rows) it renders its own window into a capped
 * scroll area whose scroll position maps to a row (see scaled-scroll.ts). Either way the number of
 * row elements stays the viewport's plus overscan.
 *
 * The virtualizer (6.5 KB min+gzip) loads with `import()` when the first rows render: until it
 * arrives (or if it never does) the viewport's own window shows them, so the first paint does not
 * wait for it. The window scrolls by re-rendering the table; the virtualizer re-renders only its
 * rows, which is why it takes over once loaded.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
import type { RowVirtualizer } from './row-virtualizer.js';
import {
  contentOffsetFor,
  needsScaling,
  offsetToReveal,
  rowWindow,
  scrollAreaHeight,
  scrollTopFor,
  type ScrollGeometry,
} from './scaled-scroll.js';
import { TABLE_LAZY_PARTS } from './table-lazy-parts.js';

type RenderRow = (id: string, index: number) => TemplateResult;

/** Rows are keyed by session id, so a live update re-uses the row's DOM wherever it moves. */
/** Rows whose page is in flight share the empty id: their index keys them instead. */
const rowKey = (id: string, index: number) => id || `\u0000${index}`;

/** Frames `rowsRendered()` waits at most (a safety bound: rows normally arrive within two or three). */
const MAX_FRAMES_FOR_ROWS = 60;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class GridViewport implements ReactiveController {
  /** Row height in CSS px, read from the density tokens. */
  rowHeight = 36;
  headerHeight = 40;
  /** Scroller's inner height (header included). */
  clientHeight = 0;
  scrollTop = 0;
  rowCount = 0;
  /** The virtualizer's code, loading from the first rows on (see the file's comment). */
  readonly parts: LazyPartsController;
  private scroller: HTMLElement | undefined;
  /** Whether the last render drew the rows in the viewport's own window (not the virtualizer). */
  private windowed = false;
  private measureFrame = 0;
  private clientWidth = 0;

  /** The scroller's inner width as last measured (0 before the first measurement). */
  get width(): number {
    return this.clientWidth;
  }
  // Measuring inside the observer callback would re-render synchronously (Lit updates in a
  // microtask) and resize observed elements again: the browser reports that as a loop error.
  private readonly resizeObserver = new ResizeObserver(() => {
    cancelAnimationFrame(this.measureFrame);
    this.measureFrame = requestAnimationFrame(() => {
      this.measureFrame = 0;
      this.measure();
      for (const resolve of this.measureWaiters.splice(0)) resolve();
    });
  });
  private readonly measureWaiters: (() => void)[] = [];
  private readonly onScroll = () => {
    if (!this.scroller) return;
    const previous = this.scrollTop;
    this.scrollTop = this.scroller.scrollTop;
    // The virtualizer follows scrolling itself; the window is ours to move.
    if (this.windowed && previous !== this.scrollTop) this.host.requestUpdate();
    this.onRangeMaybeChanged();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onRangeMaybeChanged: () => void,
  ) {
    host.addController(this);
    this.parts = new LazyPartsController(host);
  }

  hostConnected(): void {
    // Reconnected (the table moved in the page): listen and observe again what disconnecting let go.
    const scroller = this.scroller;
    this.scroller = undefined;
    if (scroller) this.attach(scroller);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.measureFrame);
    this.resizeObserver.disconnect();
    this.scroller?.removeEventListener('scroll', this.onScroll);
  }

  /** Called with the scroller element whenever it is (re)rendered. */
  attach(scroller: HTMLElement | undefined): void {
    if (scroller === this.scroller && scroller?.isConnected) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver.disconnect();
    this.scroller = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizeObserver.observe(scroller);
    this.measure();
  }

  get element(): HTMLElement | undefined {
    return this.scroller;
  }

  get geometry(): ScrollGeometry {
    return { rowCount: this.rowCount, rowHeight: this.rowHeight, viewportHeight: this.bodyHeight };
  }

  /** Visible height for body rows (below the sticky header). */
  get bodyHeight(): number {
    return Math.max(this.rowHeight, this.clientHeight - this.headerHeight);
  }

  get scaled(): boolean {
    return needsScaling(this.geometry);
  }

  /** Rows that fit on one screen, for PageUp/PageDown. */
  get pageSize(): number {
    return Math.max(1, Math.floor(this.bodyHeight / this.rowHeight));
  }

  /** Index of the first row at least partly visible. */
  get firstVisibleIndex(): number {
    return Math.floor(contentOffsetFor(this.scrollTop, this.geometry) / this.rowHeight);
  }

  /** Resolves once a size change seen by the observer has been measured (at once when none is). */
  whenMeasured(): Promise<void> {
    if (this.measureFrame === 0) return Promise.resolve();
    return new Promise((resolve) => this.measureWaiters.push(resolve));
  }

  measure(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const style = getComputedStyle(scroller);
    const rowHeight = parseFloat(style.getPropertyValue('--_row-h'));
    const header = scroller.querySelector<HTMLElement>('.header');
    const changed =
      (Number.isFinite(rowHeight) && rowHeight > 0 && rowHeight !== this.rowHeight) ||
      scroller.clientHeight !== this.clientHeight ||
      // Default column widths fill the width: a wider or narrower table lays them out again.
      scroller.clientWidth !== this.clientWidth ||
      (header !== null && header.offsetHeight !== this.headerHeight);
    if (Number.isFinite(rowHeight) && rowHeight > 0) this.rowHeight = rowHeight;
    this.clientHeight = scroller.clientHeight;
    this.clientWidth = scroller.clientWidth;
    if (header) this.headerHeight = header.offsetHeight;
    this.scrollTop = scroller.scrollTop;
    if (changed) this.host.requestUpdate();
  }

  /** The body rows: virtualized, or the viewport's own window (very long tables, or before the virtualizer loaded). */
  renderBody(view: readonly string[], renderRow: RenderRow, onRangeChanged: () => void): TemplateResult {
    this.rowCount = view.length;
    this.windowed = this.scaled || this.parts.use(TABLE_LAZY_PARTS.rowVirtualizer) === undefined;
    if (!this.windowed) {
      return html`<sv-row-virtualizer
        class="body"
        role="rowgroup"
        .items=${view}
        .renderItem=${renderRow}
        .keyFunction=${rowKey}
        .rowHeight=${this.rowHeight}
        @rangeChanged=${onRangeChanged}
      ></sv-row-virtualizer>`;
    }
    const { first, end } = rowWindow(this.scrollTop, this.geometry);
    const rows: TemplateResult[] = [];
    for (let index = first; index < end; index++) rows.push(renderRow(view[index]!, index));
    return html`<div class="body scaled" role="rowgroup"><div class="window">${rows}</div></div>`;
  }

  /**
   * Resolves once the rows the viewport shows are in the DOM. The virtualizer renders them in its
   * own cycle after measuring the scroller (a frame or more after the table's update), so the
   * table's `updateComplete` awaits this: a host or a test awaiting it sees the rows, as Vaadin's
   * grid tests do after `flushGrid`. `hostUpdate` awaits the table's own pending update.
   */
  async rowsRendered(hostUpdate: () => Promise<unknown>): Promise<void> {
    for (let frame = 0; frame < MAX_FRAMES_FOR_ROWS; frame++) {
      await hostUpdate();
      const virtualizer = this.scroller?.querySelector<RowVirtualizer>(':scope > sv-row-virtualizer');
      await virtualizer?.updateComplete;
      // The virtualizer lays out a frame after a size change (see frame-resize-observer.ts).
      if (!this.rowsMissing() && !(virtualizer && this.visible() && virtualizer.layoutBusy)) return;
      await nextFrame();
    }
  }

  /** Hidden: nothing to show, and a background tab runs no frames to wait for. */
  private visible(): boolean {
    const scroller = this.scroller;
    return Boolean(scroller?.isConnected && scroller.clientHeight > 0 && document.visibilityState !== 'hidden');
  }

  /** A measurement or a scroll event is due, or a row that should be visible is not rendered yet. */
  private rowsMissing(): boolean {
    const scroller = this.scroller;
    if (!scroller || !this.visible()) return false;
    if (this.measureFrame !== 0 || scroller.scrollTop !== this.scrollTop) return true;
    // The virtualizer, or the scaled window's row group.
    const body = scroller.querySelector(':scope > .body');
    if (!body || this.rowCount === 0) return false;
    const first = Math.min(this.firstVisibleIndex, this.rowCount - 1);
    const last = Math.min(this.rowCount - 1, Math.floor((this.contentOffset + this.bodyHeight - 1) / this.rowHeight));
    const has = (index: number) => body.querySelector(`[role="row"][data-index="${index}"]`) !== null;
    return !has(first) || !has(last);
  }

  /** Sizes the window's scroll area and moves the window; CSSOM writes, so strict CSP hosts are fine. */
  hostUpdated(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    if (!this.windowed) {
      this.keepScrollArea(scroller);
      return;
    }
    const body = scroller.querySelector<HTMLElement>('.body.scaled');
    const windowElement = body?.querySelector<HTMLElement>('.window');
    if (!body || !windowElement) return;
    body.style.height = `${scrollAreaHeight(this.geometry)}px`;
    windowElement.style.transform = `translateY(${rowWindow(this.scrollTop, this.geometry).top}px)`;
  }

  /**
   * The virtualizer sizes its element only after its first layout, a frame after it replaced the
   * window: meanwhile the scroll area would collapse and the browser would scroll the reader back
   * to the top. Its size is known (rows × height), so it is set at once; the virtualizer then sets
   * the same.
   */
  private keepScrollArea(scroller: HTMLElement): void {
    const virtualizer = scroller.querySelector<HTMLElement>(':scope > sv-row-virtualizer');
    if (virtualizer && !virtualizer.style.minHeight) virtualizer.style.minHeight = `${this.rowCount * this.rowHeight}px`;
  }

  /** Scrolls the least needed to show row `index` fully below the sticky header. */
  revealRow(index: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const geometry = this.geometry;
    const current = contentOffsetFor(scroller.scrollTop, geometry);
    const target = offsetToReveal(index, current, geometry);
    if (target === undefined) return;
    // Scaled scroll positions are whole pixels worth several content pixels: round towards
    // showing the row fully (down when it is above, up when it is below).
    this.setContentOffset(target, target > current ? Math.ceil : Math.floor);
  }

  /** Scrolls so the content offset is `offset` (row index × row height). */
  setContentOffset(offset: number, round: (value: number) => number = Math.round): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = this.scaled ? round(scrollTopFor(offset, this.geometry)) : offset;
    scroller.scrollTop = top;
    this.scrollTop = scroller.scrollTop;
    this.host.requestUpdate();
  }

  get contentOffset(): number {
    return contentOffsetFor(this.scrollTop, this.geometry);
  }
}
