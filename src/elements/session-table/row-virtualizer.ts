/**
 * `<sv-row-virtualizer>`: @lit-labs/virtualizer's element under our own tag. The element (rather
 * than the `virtualize` directive inside our template) first renders after it is connected, so
 * the virtualizer finds the grid's scroller as its clipping ancestor. Its own tag keeps a host
 * page's `<lit-virtualizer>` (maybe another version) from clashing with ours.
 */
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { layoutBusy, withFrameResizeObserver } from '../../controllers/frame-resize-observer.js';
import { fixedRows } from './fixed-row-layout.js';
import { sweepOrphanMarkers } from './orphan-markers.js';

export class RowVirtualizer extends LitVirtualizer<string> {
  // Restated with the concrete types the grid binds: lit-analyzer reads the base class's
  // declarations without substituting `T`, and cannot match our layout to its generic union.
  declare renderItem: (id: string, index: number) => TemplateResult;
  declare keyFunction: (id: string, index: number) => unknown;
  declare layout: ReturnType<typeof fixedRows>;

  /**
   * The rows' height in CSS px (from the table's density tokens): the layout places row i at
   * i × this, without measuring. The layout comes with this element, loaded after the first rows.
   */
  @property({ attribute: false }) rowHeight = 36;

  /** A size change is still to be laid out (see frame-resize-observer.ts); the grid's rows are not final yet. */
  get layoutBusy(): boolean {
    return layoutBusy(this);
  }

  /** An update skipped while disconnected, made when the element is connected again. */
  private updateWhenConnected = false;

  // The virtualizer is created while rendering and reconnected while connecting: both with an
  // observer that lays out in the next frame, not inside the browser's observer round.
  override connectedCallback(): void {
    withFrameResizeObserver(this, () => super.connectedCallback());
    if (this.updateWhenConnected) {
      this.updateWhenConnected = false;
      this.requestUpdate();
    }
  }

  // Removed between connecting and its first render (a table taken off the page as its rows
  // arrive), the virtualizer would be created by that render and start observing the detached
  // grid, with no disconnect left to stop it: the observers and the nodes they hold would leak.
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.isConnected) return super.shouldUpdate(changed);
    this.updateWhenConnected = true;
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new config object only when the height changes: the virtualizer then keeps its layout.
    if (changed.has('rowHeight')) this.layout = fixedRows(this.rowHeight);
    super.willUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    withFrameResizeObserver(this, () => super.update(changed));
    // Rows that left the rendered range keep their end markers (lit/lit#5298) unless swept. Swept
    // in the same task as the rows' own change: the virtualizer's MutationObserver then sees one
    // batch of mutations, not a second one for the sweep.
    sweepOrphanMarkers(this);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The virtualize directive re-renders its rows from its own `rangeChanged` listener, added
    // while rendering the first time: this one, added after it, runs after that re-render.
    this.addEventListener('rangeChanged', () => sweepOrphanMarkers(this));
  }
}
