/**
 * Keyboard and pointer handling of the session grid: the active cell (WAI-ARIA grid with
 * `aria-activedescendant`), arrows/Page/Home/End, Enter/Space to select a row or sort a column,
 * Alt+ArrowDown for a column's filter, Shift+arrows to resize, and clicks on headers and rows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emitPublic } from '../../events/emit.js';
import type { ColumnDef, SessionQuery } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import type { ColumnResizer } from './column-resizer.js';
import { moveActiveCell, type GridPosition } from './grid-keyboard.js';
import type { GridViewport } from './grid-viewport.js';
import type { LayoutController } from './layout-controller.js';
import { cellId } from './row-render.js';
import { toggleSort } from './sort-toggle.js';
import type { TablePopovers } from './table-popovers.js';

/** Detail of `sv-session-select`. */
export interface SessionSelectDetail {
  sessionId: string;
}

/** Width change of one Shift+arrow on a header. */
const RESIZE_STEP = 16;

/** What the grid's interaction needs from the table. */
export interface GridInteractionDeps {
  store(): SessionStore | undefined;
  visibleColumns(): ColumnDef[];
  /** Visible columns plus the search-match column when shown. */
  colCount(): number;
  viewport: GridViewport;
  layout: LayoutController;
  popovers: TablePopovers;
  resizer: ColumnResizer;
  /** Applies the user's query change unless the host vetoes it (`sv-query-change`). */
  changeQuery(patch: Partial<SessionQuery>): boolean;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class GridInteraction implements ReactiveController {
  /** The session id of the active row: the active row follows it when live data moves rows. */
  private activeId: string | undefined;
  private activePosition: GridPosition = { row: 1, col: 0 };
  private activeSyncQueued = false;

  constructor(
    private readonly host: Host,
    private readonly deps: GridInteractionDeps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The active cell: row 0 is the header, 1.. the body rows. */
  get active(): GridPosition {
    return this.activePosition;
  }

  set active(position: GridPosition) {
    this.activePosition = position;
    this.host.requestUpdate();
  }

  /** Keeps the active row on its session when the rows change, clamped to the view. */
  followView(view: readonly string[]): void {
    if (this.activeId !== undefined) {
      const index = view.indexOf(this.activeId);
      if (index >= 0) this.active = { ...this.active, row: index + 1 };
    }
    // While the view is empty the active row waits where it is; it is clamped once rows exist.
    if (view.length > 0 && this.active.row > view.length) this.active = { ...this.active, row: view.length };
  }

  // ---- actions -----------------------------------------------------------------------------

  setActive(position: GridPosition): void {
    const view = this.deps.store()?.view ?? [];
    this.active = position;
    this.activeId = position.row > 0 ? view[position.row - 1] : undefined;
    if (position.row > 0) this.deps.viewport.revealRow(position.row - 1);
    this.revealColumn(position.col);
  }

  private revealColumn(col: number): void {
    const scroller = this.deps.viewport.element;
    if (!scroller) return;
    const widths = this.deps.visibleColumns().map((column) => this.deps.layout.width(column.id));
    const start = widths.slice(0, col).reduce((sum, w) => sum + w, 0);
    const end = start + (widths[col] ?? 320);
    if (start < scroller.scrollLeft) scroller.scrollLeft = start;
    else if (end > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = end - scroller.clientWidth;
  }

  private selectRow(index: number): void {
    const store = this.deps.store();
    const sessionId = store?.view[index];
    if (!store || sessionId === undefined) return;
    if (emitPublic<SessionSelectDetail>(this.host, 'sv-session-select', { sessionId }, { cancelable: true })) store.select(sessionId);
  }

  private sortBy(col: number, multi: boolean): void {
    const store = this.deps.store();
    const column = this.deps.visibleColumns()[col];
    if (!store || !column) return;
    if (this.deps.changeQuery({ sort: toggleSort(store.query.sort, column.id, multi) })) this.deps.layout.save(store);
  }

  private resizeColumn(col: number, delta: number): void {
    const store = this.deps.store();
    const column = this.deps.visibleColumns()[col];
    if (!store || !column) return;
    this.deps.layout.setWidth(store, column.id, this.deps.layout.width(column.id) + delta);
  }

  /** Opens the filter popover of a column next to its header. */
  private openFilter(col: number, anchor?: HTMLElement): void {
    const column = this.deps.visibleColumns()[col];
    const header = this.host.renderRoot.querySelector<HTMLElement>(`#${cellId(0, col)}`);
    if (!column || column.filter === 'none' || !header) return;
    this.deps.popovers.openFilter(column.id, anchor ?? header);
  }

  // ---- aria-activedescendant ---------------------------------------------------------------

  /** Points the grid at the active cell when it is rendered (rows come and go while scrolling). */
  syncActiveDescendant(): void {
    const scroller = this.deps.viewport.element;
    if (!scroller) return;
    const id = cellId(this.active.row, this.active.col);
    if (this.host.renderRoot.querySelector(`#${id}`)) scroller.setAttribute('aria-activedescendant', id);
    else scroller.removeAttribute('aria-activedescendant');
  }

  scheduleActiveSync(): void {
    if (this.activeSyncQueued) return;
    this.activeSyncQueued = true;
    requestAnimationFrame(() => {
      this.activeSyncQueued = false;
      this.syncActiveDescendant();
    });
  }

  // ---- event handlers ----------------------------------------------------------------------

  readonly onKeyDown = (event: KeyboardEvent) => {
    const store = this.deps.store();
    if (!store) return;
    const { row, col } = this.active;
    const activate = event.key === 'Enter' || event.key === ' ';
    if (row === 0) {
      if (activate) {
        this.sortBy(col, event.shiftKey);
      } else if (event.altKey && event.key === 'ArrowDown') {
        this.openFilter(col);
      } else if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        const forward = (event.key === 'ArrowRight') !== (getComputedStyle(this.host).direction === 'rtl');
        this.resizeColumn(col, forward ? RESIZE_STEP : -RESIZE_STEP);
      } else {
        this.navigate(event);
        return;
      }
      event.preventDefault();
      return;
    }
    if (activate) {
      event.preventDefault();
      this.selectRow(row - 1);
      return;
    }
    this.navigate(event);
  };

  private navigate(event: KeyboardEvent): void {
    const view = this.deps.store()?.view ?? [];
    if (event.altKey) return;
    const from = this.active.row > view.length ? { ...this.active, row: view.length } : this.active;
    const next = moveActiveCell(from, event, { rowCount: view.length, colCount: this.deps.colCount(), pageSize: this.deps.viewport.pageSize });
    if (!next) return;
    event.preventDefault();
    this.setActive(next);
  }

  readonly onGridClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const header = target.closest<HTMLElement>('.header-cell');
    if (header) {
      const col = Number(header.dataset['col']);
      const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
      this.setActive({ row: 0, col });
      if (action === 'filter') this.openFilter(col, target.closest<HTMLElement>('.filter-button') ?? undefined);
      else if (action !== 'resize' && !this.deps.resizer.justResized()) this.sortBy(col, event.shiftKey);
      return;
    }
    const row = target.closest<HTMLElement>('.row[data-index]');
    if (!row) return;
    const index = Number(row.dataset['index']);
    const cell = target.closest<HTMLElement>('[aria-colindex]');
    const col = cell ? Number(cell.getAttribute('aria-colindex')) - 1 : this.active.col;
    this.setActive({ row: index + 1, col });
    this.selectRow(index);
  };

  readonly onPointerDown = (event: PointerEvent) => {
    const handle = (event.target as Element).closest<HTMLElement>('.resizer');
    const header = handle?.closest<HTMLElement>('.header-cell');
    const columnId = header?.dataset['column'];
    if (!handle || !columnId) return;
    this.deps.resizer.start(event, handle, columnId, this.deps.layout.width(columnId));
  };
}
