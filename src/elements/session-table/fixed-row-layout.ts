/**
 * The virtualizer's flow layout told the row height up front. Flow layout starts by guessing
 * 100 px per item and corrects itself after measuring the first rows; that correction resizes the
 * scroll area inside a ResizeObserver callback (the browser then reports a "ResizeObserver loop")
 * and moves the scrollbar under the user. Our rows all have one known height.
 */
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/** The layout config the virtualizer takes (`direction` etc. keep their defaults). */
export interface FixedRowLayoutConfig {
  rowHeight: number;
}

/** Rows rendered beyond each edge of the viewport. */
export const OVERSCAN_ROWS = 6;

export class FixedRowLayout extends FlowLayout {
  /**
   * Assigned from the layout config (`{ type: FixedRowLayout, rowHeight }`). Also sets the
   * overscan: flow layout's default 1000 px each way would keep ~60 extra rows in the DOM.
   */
  set rowHeight(height: number) {
    this._itemSize = { width: this._itemSize.width, height };
    this._overhang = OVERSCAN_ROWS * height;
  }
}

export function fixedRows(rowHeight: number): FixedRowLayoutConfig & { type: typeof FixedRowLayout } {
  return { type: FixedRowLayout, rowHeight };
}
