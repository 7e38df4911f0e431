/**
 * A column header: label (click sorts, Shift+click adds to the sort), sort indicator, filter
 * button (shows when the column is filtered) and a resize handle. Inside the grid only the grid
 * itself is a tab stop, so the button and handle take the mouse; the keyboard reaches the same
 * actions through the grid's key map (Enter, Alt+ArrowDown, Shift+ArrowLeft/Right).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnDef, SessionQuery, SortSpec, Translate } from '../../model/index.js';
import { ariaSortOf } from './sort-toggle.js';
import { cellId } from './row-render.js';
import { tableStrings } from './session-table.strings.js';

export interface HeaderCellContext {
  sort: readonly SortSpec[];
  filtered: boolean;
  active: boolean;
  label: string;
  filterLabel: string;
  sortLabel: string;
}

function sortIndicator(sort: readonly SortSpec[], column: string): TemplateResult | typeof nothing {
  const index = sort.findIndex((spec) => spec.column === column);
  if (index < 0) return nothing;
  const arrow = sort[index]!.direction === 'asc' ? '▲' : '▼';
  return html`<span class="sort-indicator" part="sort-indicator" aria-hidden="true">${arrow}${sort.length > 1 ? html`<sup>${index + 1}</sup>` : nothing}</span>`;
}

export function renderHeaderCell(column: ColumnDef, col: number, ctx: HeaderCellContext): TemplateResult {
  const sortable = ariaSortOf(ctx.sort, column.id);
  const secondary = sortable === 'none' && ctx.sort.some((spec) => spec.column === column.id);
  /* eslint-disable lit-a11y/role-supports-aria-attr -- aria-description is a global attribute in
     ARIA 1.3 (read by Chromium, Firefox and Safari); the rule's role table predates it. */
  return html`<div
    role="columnheader"
    id=${cellId(0, col)}
    class="header-cell${column.align === 'end' ? ' end' : ''}${ctx.active ? ' active' : ''}${ctx.filtered ? ' filtered' : ''}"
    part="header-cell"
    aria-colindex=${col + 1}
    aria-sort=${sortable}
    aria-description=${secondary ? ctx.sortLabel : nothing}
    data-col=${col}
    data-column=${column.id}
  >
    <span class="header-label" data-action="sort">${ctx.label}</span>
    ${sortIndicator(ctx.sort, column.id)}
    ${column.filter === 'none'
      ? nothing
      : html`<button
          class="filter-button${ctx.filtered ? ' on' : ''}"
          part="filter-button"
          tabindex="-1"
          data-action="filter"
          aria-label=${ctx.filterLabel}
          aria-haspopup="dialog"
        >
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M1 2h14l-5.5 6.5V14l-3-1.5V8.5z" fill="currentColor" /></svg>
        </button>`}
    <span class="resizer" part="resize-handle" data-action="resize" aria-hidden="true"></span>
  </div>`;
  /* eslint-enable lit-a11y/role-supports-aria-attr */
}

/** What the header row needs of the table besides the query and its columns. */
export interface HeaderRowContext {
  lang: string;
  translate: Translate;
  /** The grid's active cell (row 0 is this header row). */
  active: { row: number; col: number };
  /** A content search shows its hits in a column after the others. */
  matchColumn: boolean;
  onPointerDown: (event: PointerEvent) => void;
}

/** The grid's header row: one header cell per column, and the match column's under a search. */
export function renderHeaderRow(query: SessionQuery, columns: readonly ColumnDef[], ctx: HeaderRowContext): TemplateResult {
  const { lang, active } = ctx;
  const matchCol = columns.length;
  return html`<div class="header" role="rowgroup">
    <div class="header-row" role="row" aria-rowindex="1" @pointerdown=${ctx.onPointerDown}>
      ${columns.map((column, col) => {
        const label = column.label ?? ctx.translate(column.labelKey);
        const filtered = query.filters[column.id] !== undefined;
        const primary = query.sort[0];
        return renderHeaderCell(column, col, {
          sort: query.sort,
          filtered,
          active: active.row === 0 && active.col === col,
          label,
          filterLabel: tableStrings(lang, filtered ? 'filterColumnActive' : 'filterColumn', { column: label }),
          sortLabel: tableStrings(lang, primary?.direction === 'desc' ? 'sortDesc' : 'sortAsc'),
        });
      })}
      ${ctx.matchColumn
        ? html`<div role="columnheader" id=${cellId(0, matchCol)} class="header-cell${active.row === 0 && active.col === matchCol ? ' active' : ''}" aria-colindex=${matchCol + 1}>
            ${tableStrings(lang, 'match')}
          </div>`
        : nothing}
    </div>
  </div>`;
}
