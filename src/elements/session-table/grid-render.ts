/**
 * The table's grid: the scroller with the ARIA grid's attributes, its header row and the
 * virtualised body, and the skeleton rows while the first page loads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ColumnDef, Translate } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import type { GridInteraction } from './grid-interaction.js';
import type { GridViewport } from './grid-viewport.js';
import { renderHeaderRow } from './header-cell.js';
import { renderRow, renderSkeleton, type RowRenderContext } from './row-render.js';
import { tableStrings } from './session-table.strings.js';

export interface GridRenderContext {
  lang: string;
  translate: Translate;
  rows: RowRenderContext;
  /** Whether the search-match column follows the columns. */
  matchColumn: boolean;
  /** Columns in the grid, the match column included. */
  colCount: number;
  grid: GridInteraction;
  viewport: GridViewport;
}

/** `withBody`: false when the view has no row (the header stays, the state block says why). */
export function renderGrid(store: SessionStore, columns: readonly ColumnDef[], withBody: boolean, context: GridRenderContext): TemplateResult {
  const { lang, grid, viewport, rows } = context;
  const renderBodyRow = (id: string, index: number) => renderRow(id, index, store.session(id), rows);
  const loading = store.status === 'loading' && store.view.length === 0;
  // Rows the host has beyond those loaded count too (a paged list), plus the header row.
  const rowCount = (store.hasMore && store.total !== undefined ? Math.max(store.total, store.view.length) : store.view.length) + 1;
  /* eslint-disable lit-a11y/role-supports-aria-attr -- aria-description is global in ARIA 1.3; the rule's table predates it. */
  return html`<div
      class="scroller${withBody ? '' : ' no-body'}"
      part="grid"
      role="grid"
      tabindex="0"
      aria-label=${tableStrings(lang, 'label')}
      aria-description=${tableStrings(lang, 'keyboardHelp')}
      aria-rowcount=${rowCount}
      aria-colcount=${context.colCount}
      aria-multiselectable="false"
      aria-busy=${store.status === 'loading' || store.getState().fetching ? 'true' : 'false'}
      @keydown=${grid.onKeyDown}
      @click=${grid.onGridClick}
    >
      ${renderHeaderRow(store.query, columns, {
        lang,
        translate: context.translate,
        active: grid.active,
        matchColumn: context.matchColumn,
        onPointerDown: grid.onPointerDown,
      })}
      ${withBody ? viewport.renderBody(store.view, renderBodyRow, () => grid.scheduleActiveSync()) : nothing}
    </div>
    ${loading ? renderSkeleton(columns) : nothing}`;
  /* eslint-enable lit-a11y/role-supports-aria-attr */
}
