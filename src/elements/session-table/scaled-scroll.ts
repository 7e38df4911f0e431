/**
 * Maps a scroll position to rows when the table is taller than a browser can lay out.
 *
 * Browsers stop laying out elements near 17–33M px, and @lit-labs/virtualizer clamps its size to
 * 8.2M px; 1,000,000 rows of 36 px are 36M px. Above the limit the scroll area is capped and each
 * scrolled pixel moves `ratio` content pixels, so the thumb's full travel still spans every row.
 * Below it the ratio is 1 and scroll position and content offset are the same thing.
 */

/** Content heights up to this use @lit-labs/virtualizer directly; above, the scaled window. */
export const VIRTUALIZER_MAX_PX = 8_000_000;
/** Height of the capped scroll area in scaled mode: under Firefox's ~17.8M px limit, and large enough that one scrolled pixel is only a few content pixels. */
export const SCALED_SCROLL_PX = 15_000_000;

export interface ScrollGeometry {
  rowCount: number;
  rowHeight: number;
  /** Height of the visible body area (viewport minus the sticky header). */
  viewportHeight: number;
}

export function contentHeight(geometry: ScrollGeometry): number {
  return geometry.rowCount * geometry.rowHeight;
}

export function needsScaling(geometry: ScrollGeometry): boolean {
  return contentHeight(geometry) > VIRTUALIZER_MAX_PX;
}

/** Height of the element that gives the scroller its scroll range. */
export function scrollAreaHeight(geometry: ScrollGeometry): number {
  return Math.min(contentHeight(geometry), SCALED_SCROLL_PX);
}

/** Content pixels per scrolled pixel (1 when no scaling is needed). */
export function scrollRatio(geometry: ScrollGeometry): number {
  const area = scrollAreaHeight(geometry) - geometry.viewportHeight;
  const content = contentHeight(geometry) - geometry.viewportHeight;
  if (area <= 0 || content <= 0) return 1;
  return content / area;
}

export function contentOffsetFor(scrollTop: number, geometry: ScrollGeometry): number {
  const max = Math.max(0, contentHeight(geometry) - geometry.viewportHeight);
  return Math.max(0, Math.min(max, scrollTop * scrollRatio(geometry)));
}

export function scrollTopFor(contentOffset: number, geometry: ScrollGeometry): number {
  return contentOffset / scrollRatio(geometry);
}

export interface RowWindow {
  /** First row to render. */
  first: number;
  /** One past the last row to render. */
  end: number;
  /** Where the first rendered row's top sits, in scroll-area coordinates. */
  top: number;
}

/** The rows to render for a scroll position, with `overscan` extra rows on each side. */
export function rowWindow(scrollTop: number, geometry: ScrollGeometry, overscan = 6): RowWindow {
  const { rowCount, rowHeight, viewportHeight } = geometry;
  const offset = contentOffsetFor(scrollTop, geometry);
  const firstVisible = Math.floor(offset / rowHeight);
  const first = Math.max(0, firstVisible - overscan);
  const end = Math.min(rowCount, Math.ceil((offset + viewportHeight) / rowHeight) + overscan);
  // Rows move with the content offset, drawn relative to where the scroller currently is.
  const top = scrollTop + first * rowHeight - offset;
  return { first, end, top };
}

/**
 * The content offset that makes `row` fully visible with the least movement
 * (`undefined` when it already is).
 */
export function offsetToReveal(row: number, currentOffset: number, geometry: ScrollGeometry): number | undefined {
  const rowTop = row * geometry.rowHeight;
  const rowBottom = rowTop + geometry.rowHeight;
  if (rowTop < currentOffset) return rowTop;
  if (rowBottom > currentOffset + geometry.viewportHeight) return rowBottom - geometry.viewportHeight;
  return undefined;
}
