/**
 * The WAI-ARIA data grid's key map as a pure function: where the active cell goes for a key.
 * Row 0 is the header row; body rows are 1..rowCount. Arrows never wrap.
 */

export interface GridPosition {
  /** 0 = header row, 1.. = body rows. */
  row: number;
  col: number;
}

export interface GridShape {
  /** Body rows (header excluded). */
  rowCount: number;
  colCount: number;
  /** Body rows that fit in the viewport, for PageUp/PageDown. */
  pageSize: number;
}

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The new position, or `undefined` when the key is not a navigation key. */
export function moveActiveCell(position: GridPosition, key: KeyInput, shape: GridShape): GridPosition | undefined {
  const lastRow = shape.rowCount;
  const lastCol = Math.max(0, shape.colCount - 1);
  const clampRow = (row: number) => Math.max(0, Math.min(lastRow, row));
  const ctrl = Boolean(key.ctrlKey || key.metaKey);
  const { row, col } = position;
  switch (key.key) {
    case 'ArrowDown':
      return { row: clampRow(row + 1), col };
    case 'ArrowUp':
      return { row: clampRow(row - 1), col };
    case 'ArrowRight':
      return { row, col: Math.min(lastCol, col + 1) };
    case 'ArrowLeft':
      return { row, col: Math.max(0, col - 1) };
    case 'Home':
      return ctrl ? { row: Math.min(1, lastRow), col } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col } : { row, col: lastCol };
    case 'PageDown':
      return { row: clampRow(Math.max(row, 1) + Math.max(1, shape.pageSize - 1)), col };
    case 'PageUp':
      // Paging up from the body stops at the first body row; only an arrow reaches the header.
      return { row: row <= 1 ? row : Math.max(1, row - Math.max(1, shape.pageSize - 1)), col };
    default:
      return undefined;
  }
}
