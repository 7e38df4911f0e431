/**
 * Default column widths that fit the content and the table: each column asks for what its header
 * and its widest cells need (measured on a sample of rows, once per column set and language),
 * and spare width is shared out so no "Dur…" is cut while space stays empty. A width the user set
 * by resizing always wins and is never stretched.
 */
import type { ColumnDef, FormatContext, SessionSummary, Translate } from '../../model/index.js';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './table-layout.js';

/** Room around a header label: cell padding, the sort mark and the filter button. */
const HEADER_CHROME = 60;
/** Room around a cell's text: its padding and a little air. */
const CELL_CHROME = 24;
/** A column never asks for more than this by default (a long URL must not take the whole table). */
const MAX_WANTED = 360;
/** Rows measured per column: enough to see typical values, cheap enough for every column change. */
export const SAMPLE_ROWS = 200;

export interface FitInput {
  ids: readonly string[];
  /** What each column needs. */
  wanted: Readonly<Record<string, number>>;
  /** Widths the user set; kept as they are. */
  fixed: Readonly<Record<string, number>>;
  /** Width the columns may use together. */
  available: number;
}

/** Widths for the columns the user did not size: what they need, plus a fair share of spare room. */
export function fitColumnWidths({ ids, wanted, fixed, available }: FitInput): Record<string, number> {
  const free = ids.filter((id) => fixed[id] === undefined);
  const widths: Record<string, number> = {};
  for (const id of free) widths[id] = Math.max(MIN_COLUMN_WIDTH, Math.round(wanted[id] ?? 140));
  const used = ids.reduce((sum, id) => sum + (fixed[id] ?? widths[id]!), 0);
  let spare = Math.floor(available - used);
  if (spare <= 0 || free.length === 0) return widths;
  // Shared in proportion to need: wide text columns take most of it, short flags stay short.
  const need = free.reduce((sum, id) => sum + widths[id]!, 0);
  for (const id of free) {
    const share = Math.min(MAX_COLUMN_WIDTH - widths[id]!, Math.floor((spare * widths[id]!) / need));
    widths[id] = widths[id]! + share;
  }
  spare = Math.floor(available - ids.reduce((sum, id) => sum + (fixed[id] ?? widths[id]!), 0));
  const last = free[free.length - 1]!;
  if (spare > 0) widths[last] = Math.min(MAX_COLUMN_WIDTH, widths[last]! + spare);
  return widths;
}

export interface MeasureInput {
  columns: readonly ColumnDef[];
  headers: readonly string[];
  rows: readonly SessionSummary[];
  format: FormatContext;
  translate: Translate;
  /** CSS font of the cells (`getComputedStyle(cell).font`). */
  font: string;
  /** CSS font of the header labels (bold). */
  headerFont: string;
}

let canvas: HTMLCanvasElement | undefined;

/** What each column needs for its header and its widest sampled cell. */
export function measureWantedWidths(input: MeasureInput): Record<string, number> {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  const wanted: Record<string, number> = {};
  const sample = input.rows.slice(0, SAMPLE_ROWS);
  input.columns.forEach((column, index) => {
    let width = column.width;
    if (context) {
      context.font = input.headerFont;
      width = Math.max(width, context.measureText(input.headers[index] ?? '').width + HEADER_CHROME);
      context.font = input.font;
      // Channels, states and operators repeat from row to row: each distinct text is measured once.
      const texts = new Set(sample.map((session) => column.format(session, input.format, input.translate)));
      for (const text of texts) width = Math.max(width, context.measureText(text).width + CELL_CHROME);
    }
    wanted[column.id] = Math.min(MAX_WANTED, Math.ceil(width));
  });
  return wanted;
}
