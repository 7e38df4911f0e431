/**
 * One body row of the grid. Rows are rendered by the virtualizer (or the scaled window), so this is
 * a plain function of its inputs: cheap to call for the ~30 rows on screen every frame.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnDef, FormatContext, SessionSummary, Translate } from '../../model/index.js';
import { PENDING_ROW } from '../../store/index.js';
import { renderSnippet, type Snippet } from './snippet.js';
import { renderWaitCell, type SlaRenderContext } from './sla.js';

export interface RowRenderContext {
  columns: readonly ColumnDef[];
  format: FormatContext;
  translate: Translate;
  selectedId: string | undefined;
  /** Active cell: grid row (1 = first body row) and column. */
  activeRow: number;
  activeCol: number;
  /** With a search query: the hit to show in the extra "match" column. */
  snippetFor: ((sessionId: string) => Snippet | undefined) | undefined;
  /** What a row whose page is still in flight says to assistive tech ("Loading sessions…"). */
  pendingLabel: string;
  /** In Live with service-level thresholds: the waiting-time cell ticks and marks long waits. */
  sla?: SlaRenderContext | undefined;
}

/** The DOM id of a cell, used by `aria-activedescendant`. Row 0 is the header. */
export function cellId(gridRow: number, col: number): string {
  return `cell-${gridRow}-${col}`;
}

function cellClass(column: ColumnDef, active: boolean): string {
  return `cell${column.align === 'end' ? ' end' : ''}${active ? ' active' : ''}`;
}

export function renderRow(sessionId: string, index: number, session: SessionSummary | undefined, ctx: RowRenderContext): TemplateResult {
  if (sessionId === PENDING_ROW) return renderPendingRow(index, ctx);
  const gridRow = index + 1;
  const selected = sessionId === ctx.selectedId;
  const isActiveRow = gridRow === ctx.activeRow;
  const snippet = ctx.snippetFor && session ? ctx.snippetFor(sessionId) : undefined;
  const matchCol = ctx.columns.length;
  return html`<div
    role="row"
    class="row${selected ? ' selected' : ''}${isActiveRow ? ' active-row' : ''}"
    part=${selected ? 'row row-selected' : 'row'}
    aria-rowindex=${gridRow + 1}
    aria-selected=${selected ? 'true' : 'false'}
    data-index=${index}
  >
    ${ctx.columns.map(
      (column, col) =>
        html`<div role="gridcell" id=${cellId(gridRow, col)} class=${cellClass(column, isActiveRow && col === ctx.activeCol)} aria-colindex=${col + 1}>${
          session ? (ctx.sla && column.id === 'waitTime' ? renderWaitCell(session, ctx.sla) : column.format(session, ctx.format, ctx.translate)) : ''
        }</div>`,
    )}${
      ctx.snippetFor
        ? html`<div role="gridcell" id=${cellId(gridRow, matchCol)} class="cell match${isActiveRow && ctx.activeCol === matchCol ? ' active' : ''}" aria-colindex=${matchCol + 1}>${
            snippet ? renderMatch(snippet, ctx.translate) : nothing
          }</div>`
        : nothing
    }
  </div>`;
}

/**
 * A row whose page the host has not answered yet (range paging): busy, with placeholder bones,
 * and a label a screen reader reads on the first cell instead of an empty row.
 */
function renderPendingRow(index: number, ctx: RowRenderContext): TemplateResult {
  const gridRow = index + 1;
  const isActiveRow = gridRow === ctx.activeRow;
  const count = ctx.columns.length + (ctx.snippetFor ? 1 : 0);
  return html`<div role="row" class="row pending" part="row row-pending" aria-rowindex=${gridRow + 1} aria-busy="true" data-index=${index}>
    ${Array.from(
      { length: count },
      (_, col) =>
        html`<div role="gridcell" id=${cellId(gridRow, col)} class="cell${isActiveRow && col === ctx.activeCol ? ' active' : ''}" aria-colindex=${col + 1}>
          <span class="bone" aria-hidden="true"></span>${col === 0 ? html`<span class="sv-visually-hidden">${ctx.pendingLabel}</span>` : nothing}
        </div>`,
    )}
  </div>`;
}

/** A hit outside what people said is labelled, so it is not read as a quote. */
function renderMatch(snippet: Snippet, translate: Translate): Array<string | TemplateResult> {
  const parts = renderSnippet(snippet);
  if (snippet.source !== 'meta') return parts;
  return [html`<span class="match-source" part="match-source">${translate('table.matchInDetails')}</span> `, ...parts];
}

/** Placeholder rows while the first page loads; hidden from assistive tech (a status says "Loading"). */
export function renderSkeleton(columns: readonly ColumnDef[], rows = 8): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true" part="skeleton">
    ${Array.from({ length: rows }, () => html`<div class="row">${columns.map(() => html`<div class="cell"><span class="bone"></span></div>`)}</div>`)}
  </div>`;
}
