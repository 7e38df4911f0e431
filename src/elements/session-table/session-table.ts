import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import type { SessionAdapter } from '../../adapter/index.js';
import { AnnouncerController } from '../../controllers/announcer-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { emit } from '../../events/emit.js';
import { columnById, type ColumnDef, type SessionQuery } from '../../model/index.js';
import type { SearchSnippet, SessionStore } from '../../store/index.js';
import { controls, tokens } from '../../themes/tokens.js';
import { moveActiveCell, type GridPosition } from './grid-keyboard.js';
import { GridViewport } from './grid-viewport.js';
import { renderHeaderCell } from './header-cell.js';
import { LayoutController } from './layout-controller.js';
import { RowCount } from './row-count.js';
import { cellId, renderRow, renderSkeleton, type RowRenderContext } from './row-render.js';
import type { Snippet } from './snippet.js';
import { toggleSort } from './sort-toggle.js';
import { chipStyles, sessionTableStyles } from './session-table.styles.js';
import { TablePopovers } from './table-popovers.js';
import { TableToolbar } from './table-toolbar.js';
import { tableStrings } from './session-table.strings.js';
import { renderBanners, renderStateBlock, tableStateOf, type StateActions } from './table-states.js';
import { ColumnResizer } from './column-resizer.js';

/** Detail of `sv-session-select`. */
export interface SessionSelectDetail {
  sessionId: string;
}

export type TableDensity = 'comfortable' | 'compact';

const RESIZE_STEP = 16;

const snippets = new WeakMap<SearchSnippet, Snippet>();
/** The store's snippet in the row renderer's shape (converted once per snippet). */
function asSnippet(found: SearchSnippet | undefined): Snippet | undefined {
  if (!found) return undefined;
  let snippet = snippets.get(found);
  if (!snippet) {
    snippet = { text: found.text, ranges: found.ranges.map((r) => [r.start, r.end] as const) };
    snippets.set(found, snippet);
  }
  return snippet;
}
const MATCH_COLUMN_WIDTH = 320;

/**
 * The sessions table: a virtualised, keyboard-navigable grid of the store's view with a
 * History/Live toggle, sortable and filterable headers and resizable columns.
 *
 * @summary Virtualised History/Live sessions grid (WAI-ARIA data grid).
 *
 * The toolbar holds the History/Live toggle, the content search (`<sv-search-box>`), saved views
 * (`<sv-saved-views>`) and the Columns button (`<sv-column-chooser>`); each header has a filter
 * popover (`<sv-filter-popover>`); active filters show as chips. Layout and saved views persist
 * per `table-id` through the adapter's `loadPreference`/`savePreference`, else localStorage.
 * Keyboard: one tab stop; arrows, Home/End, Ctrl+Home/End, PageUp/PageDown move the active cell
 * (`aria-activedescendant`); Enter or Space opens a row; on a header Enter sorts (Shift adds a
 * sort key), Alt+ArrowDown opens the filter, Shift+ArrowLeft/Right resizes the column.
 *
 * @fires {CustomEvent<SessionSelectDetail>} sv-session-select - A row was chosen by click, Enter or
 *   Space. Cancelable: `preventDefault()` keeps the table from selecting it in the store.
 *
 * @slot toolbar-start - Controls placed at the start of the toolbar.
 * @slot toolbar-end - Controls placed at the end of the toolbar, after the export menu.
 *
 * @csspart toolbar - The toolbar above the grid.
 * @csspart row-count - The number of sessions shown ("1,234 of 10,000 sessions" when filtered).
 * @csspart grid - The scrolling grid (`role="grid"`).
 * @csspart header-cell - A column header.
 * @csspart sort-indicator - The arrow of a sorted column.
 * @csspart filter-button - The filter icon in a header.
 * @csspart resize-handle - The drag handle at a header's end.
 * @csspart row - A body row.
 * @csspart row-selected - The selected row (with `row`).
 * @csspart match - A highlighted search hit.
 * @csspart skeleton - Placeholder rows while loading.
 * @csspart state - The empty, error or no-permission message.
 *
 * @cssprop --sv-table-row-height - Row height in comfortable density (default 36px).
 * @cssprop --sv-table-row-height-compact - Row height in compact density (default 28px).
 * @cssprop --sv-table-header-height - Header height (default 40px).
 * @cssprop --sv-table-min-height - Height used when the host gives the table none (default 320px).
 */
export class SessionTable extends LitElement {
  static override styles = [tokens, controls, sessionTableStyles, chipStyles];

  private readonly storeController = new StoreController(this);
  private readonly locale = new LocaleController(this);
  private readonly announcer = new AnnouncerController(this, 3000);
  private readonly viewport = new GridViewport(this, () => this.scheduleActiveSync());
  private readonly layout = new LayoutController(this);
  private readonly popovers = new TablePopovers({
    store: () => this.currentStore,
    lang: () => this.locale.lang,
    translate: () => this.locale.translate,
    requestUpdate: () => this.requestUpdate(),
    setColumns: (columns) => {
      if (this.currentStore) this.layout.setColumns(this.currentStore, columns);
    },
    focusGrid: () => this.viewport.element?.focus(),
    focusColumnsButton: () => this.renderRoot.querySelector<HTMLElement>('.columns-button')?.focus(),
  });
  private readonly toolbar = new TableToolbar(this, this.layout);
  private readonly resizer = new ColumnResizer((id, width) => {
    if (this.currentStore) this.layout.setWidth(this.currentStore, id, width);
  });

  /** The store to show; else one is made for `adapter`, else it comes from `<session-view>`. */
  @property({ attribute: false }) store: SessionStore | undefined;
  /** A host adapter, for using the table on its own. */
  @property({ attribute: false }) adapter: SessionAdapter | undefined;
  /** Names this table's persisted layout and saved views. */
  @property({ attribute: 'table-id' }) tableId = 'sessions';
  /** Row density. */
  @property({ reflect: true }) density: TableDensity = 'comfortable';
  /** Search hit for a row (text + ranges); defaults to the store's search snippets. */
  @property({ attribute: false }) snippetFor: ((sessionId: string) => Snippet | undefined) | undefined;

  /** The active cell: row 0 is the header, 1.. the body rows. */
  @state() private active: GridPosition = { row: 1, col: 0 };
  private activeId: string | undefined;
  private lastView: readonly string[] = [];
  private lastQuery: SessionQuery | undefined;
  private pendingOffset: number | undefined;
  private knownLiveIds: Set<string> | undefined;
  private readonly rowCount = new RowCount();
  /** The filters and mode whose row count was last announced (search announces its own results). */
  private countAnnouncedFor: { filters: SessionQuery['filters']; mode: SessionQuery['mode'] } | undefined;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private activeSyncQueued = false;

  /** The store in use (own, adapter's or from context). */
  get currentStore(): SessionStore | undefined {
    return this.storeController.store;
  }

  /** Resolves when the persisted layout has been applied. */
  get layoutReady(): Promise<void> {
    return this.layout.ready;
  }

  /** Scrolls so that row `index` (0-based in the view) is visible and makes it the active row. */
  scrollToRow(index: number): void {
    const count = this.currentStore?.view.length ?? 0;
    if (count === 0) return;
    this.setActive({ row: Math.max(0, Math.min(count - 1, index)) + 1, col: this.active.col });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.tickTimer = setInterval(() => {
      // Live durations tick once a second; history rows never change by themselves.
      if (this.currentStore?.query.mode === 'live') this.requestUpdate();
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tickTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('adapter')) this.storeController.setSource(this.store, this.adapter);
    const store = this.currentStore;
    if (!store) return;
    this.layout.ensureLoaded(store, this.tableId);
    this.toolbar.ensureLoaded(store, this.tableId);
    if (store.view !== this.lastView) this.followViewChange(store);
    this.applyColumnWidths();
  }

  /** Keeps the active row, the scroll position and announcements right when the rows change. */
  private followViewChange(store: SessionStore): void {
    const previous = this.lastView;
    const view = store.view;
    const sameQuery = this.lastQuery === store.query;
    if (sameQuery && previous.length > 0 && this.viewport.scrollTop > 0) {
      // Live data moved rows: keep the first visible session where the user sees it.
      const first = this.viewport.firstVisibleIndex;
      const anchorId = previous[first];
      const newIndex = anchorId === undefined ? -1 : view.indexOf(anchorId);
      if (newIndex >= 0 && newIndex !== first) {
        const remainder = this.viewport.contentOffset - first * this.viewport.rowHeight;
        this.pendingOffset = newIndex * this.viewport.rowHeight + remainder;
      }
    } else if (!sameQuery && this.lastQuery !== undefined && this.viewport.scrollTop > 0) {
      this.pendingOffset = 0;
    }
    if (this.activeId !== undefined) {
      const index = view.indexOf(this.activeId);
      if (index >= 0) this.active = { ...this.active, row: index + 1 };
    }
    // While the view is empty the active row waits where it is; it is clamped once rows exist.
    if (view.length > 0 && this.active.row > view.length) this.active = { ...this.active, row: view.length };
    this.announceArrivals(store);
    this.announceRowCount(store);
    this.lastView = view;
    this.lastQuery = store.query;
  }

  /** Once per filter change (not per live tick), when the new view has settled. */
  private announceRowCount(store: SessionStore): void {
    const { filters, mode } = store.query;
    const last = this.countAnnouncedFor;
    if (last?.filters === filters && last.mode === mode) return;
    if (store.status === 'loading' || store.search.state.status === 'searching') return;
    this.countAnnouncedFor = { filters, mode };
    // The first view is not news: the table just opened.
    if (last) this.announcer.announce(this.rowCount.text(store, this.locale.lang));
  }

  private announceArrivals(store: SessionStore): void {
    if (store.query.mode !== 'live') {
      this.knownLiveIds = undefined;
      return;
    }
    const known = this.knownLiveIds;
    this.knownLiveIds = new Set(store.view);
    if (!known || store.status === 'loading') return;
    let arrivals = 0;
    for (const id of store.view) if (!known.has(id)) arrivals += 1;
    if (arrivals > 0) this.announcer.announce(tableStrings(this.locale.lang, 'arrivals', { count: arrivals }));
  }

  /** Stable, so Lit does not detach and re-attach the scroller on every render. */
  private readonly attachScroller = (element: Element | undefined) => {
    this.viewport.attach(element as HTMLElement | undefined);
    this.applyColumnWidths();
  };

  /**
   * Column widths go to CSS variables through the CSSOM (allowed under a strict CSP), set while
   * rendering so rows never appear at a stale width and resize again.
   */
  private applyColumnWidths(): void {
    const scroller = this.viewport.element;
    if (!scroller) return;
    const widths = this.visibleColumns().map((column) => this.layout.width(column.id));
    if (this.showMatchColumn()) widths.push(MATCH_COLUMN_WIDTH);
    const template = widths.map((w) => `${w}px`).join(' ');
    if (scroller.style.getPropertyValue('--_columns') === template) return;
    scroller.style.setProperty('--_columns', template);
    scroller.style.setProperty('--_total-width', `${widths.reduce((sum, w) => sum + w, 0)}px`);
  }

  protected override updated(): void {
    if (this.pendingOffset !== undefined) {
      const offset = this.pendingOffset;
      this.pendingOffset = undefined;
      this.viewport.setContentOffset(offset);
    }
    this.syncActiveDescendant();
  }

  // ---- columns -----------------------------------------------------------------------------

  private columnsCache: { ids: readonly string[]; defs: ColumnDef[] } | undefined;

  private visibleColumns(): ColumnDef[] {
    const ids = this.currentStore?.columns ?? [];
    if (this.columnsCache?.ids !== ids) {
      this.columnsCache = { ids, defs: ids.map((id) => columnById(id)).filter((c): c is ColumnDef => c !== undefined) };
    }
    return this.columnsCache.defs;
  }

  private snippetSource(): ((id: string) => Snippet | undefined) | undefined {
    if (this.snippetFor) return this.snippetFor;
    const search = this.currentStore?.search;
    return search ? (id) => asSnippet(search.snippet(id)) : undefined;
  }

  private showMatchColumn(): boolean {
    return Boolean(this.currentStore?.query.search.trim()) && this.snippetSource() !== undefined;
  }

  private colCount(): number {
    return this.visibleColumns().length + (this.showMatchColumn() ? 1 : 0);
  }

  // ---- actions -----------------------------------------------------------------------------

  private setActive(position: GridPosition): void {
    const view = this.currentStore?.view ?? [];
    this.active = position;
    this.activeId = position.row > 0 ? view[position.row - 1] : undefined;
    if (position.row > 0) this.viewport.revealRow(position.row - 1);
    this.revealColumn(position.col);
  }

  private revealColumn(col: number): void {
    const scroller = this.viewport.element;
    if (!scroller) return;
    const widths = this.visibleColumns().map((column) => this.layout.width(column.id));
    const start = widths.slice(0, col).reduce((sum, w) => sum + w, 0);
    const end = start + (widths[col] ?? 320);
    if (start < scroller.scrollLeft) scroller.scrollLeft = start;
    else if (end > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = end - scroller.clientWidth;
  }

  private selectRow(index: number): void {
    const store = this.currentStore;
    const sessionId = store?.view[index];
    if (!store || sessionId === undefined) return;
    if (emit<SessionSelectDetail>(this, 'sv-session-select', { sessionId }, { cancelable: true })) store.select(sessionId);
  }

  private sortBy(col: number, multi: boolean): void {
    const store = this.currentStore;
    const column = this.visibleColumns()[col];
    if (!store || !column) return;
    store.setQuery({ sort: toggleSort(store.query.sort, column.id, multi) });
    this.layout.save(store);
  }

  private resizeColumn(col: number, delta: number): void {
    const store = this.currentStore;
    const column = this.visibleColumns()[col];
    if (!store || !column) return;
    this.layout.setWidth(store, column.id, this.layout.width(column.id) + delta);
  }

  /** Opens the filter popover of a column next to its header. */
  private openFilter(col: number, anchor?: HTMLElement): void {
    const column = this.visibleColumns()[col];
    const header = this.renderRoot.querySelector<HTMLElement>(`#${cellId(0, col)}`);
    if (!column || column.filter === 'none' || !header) return;
    this.popovers.openFilter(column.id, anchor ?? header);
  }

  // ---- aria-activedescendant ---------------------------------------------------------------

  /** Points the grid at the active cell when it is rendered (rows come and go while scrolling). */
  private syncActiveDescendant(): void {
    const scroller = this.viewport.element;
    if (!scroller) return;
    const id = cellId(this.active.row, this.active.col);
    if (this.renderRoot.querySelector(`#${id}`)) scroller.setAttribute('aria-activedescendant', id);
    else scroller.removeAttribute('aria-activedescendant');
  }

  private scheduleActiveSync(): void {
    if (this.activeSyncQueued) return;
    this.activeSyncQueued = true;
    requestAnimationFrame(() => {
      this.activeSyncQueued = false;
      this.syncActiveDescendant();
    });
  }

  // ---- event handlers ----------------------------------------------------------------------

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const store = this.currentStore;
    if (!store) return;
    const { row, col } = this.active;
    const activate = event.key === 'Enter' || event.key === ' ';
    if (row === 0) {
      if (activate) {
        this.sortBy(col, event.shiftKey);
      } else if (event.altKey && event.key === 'ArrowDown') {
        this.openFilter(col);
      } else if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        const forward = (event.key === 'ArrowRight') !== (getComputedStyle(this).direction === 'rtl');
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
    const view = this.currentStore?.view ?? [];
    if (event.altKey) return;
    const from = this.active.row > view.length ? { ...this.active, row: view.length } : this.active;
    const next = moveActiveCell(from, event, { rowCount: view.length, colCount: this.colCount(), pageSize: this.viewport.pageSize });
    if (!next) return;
    event.preventDefault();
    this.setActive(next);
  }

  private readonly onGridClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const header = target.closest<HTMLElement>('.header-cell');
    if (header) {
      const col = Number(header.dataset['col']);
      const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
      this.setActive({ row: 0, col });
      if (action === 'filter') this.openFilter(col, target.closest<HTMLElement>('.filter-button') ?? undefined);
      else if (action !== 'resize' && !this.resizer.justResized()) this.sortBy(col, event.shiftKey);
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

  private readonly onPointerDown = (event: PointerEvent) => {
    const handle = (event.target as Element).closest<HTMLElement>('.resizer');
    const header = handle?.closest<HTMLElement>('.header-cell');
    const columnId = header?.dataset['column'];
    if (!handle || !columnId) return;
    this.resizer.start(event, handle, columnId, this.layout.width(columnId));
  };

  // ---- rendering ---------------------------------------------------------------------------

  private renderToolbar(): TemplateResult {
    return this.toolbar.render({
      store: this.currentStore,
      lang: this.locale.lang,
      rowCount: this.currentStore ? this.rowCount.text(this.currentStore, this.locale.lang) : '',
      availableColumns: () => (this.currentStore ? this.popovers.availableColumns(this.currentStore) : []),
      chooserOpen: this.popovers.chooserOpen,
      toggleChooser: (anchor) => this.popovers.toggleChooser(anchor),
      announce: (text) => this.announcer.announce(text),
    });
  }

  private renderHeader(store: SessionStore, columns: readonly ColumnDef[]): TemplateResult {
    const lang = this.locale.lang;
    const t = this.locale.translate;
    const matchCol = columns.length;
    return html`<div class="header" role="rowgroup">
      <div class="header-row" role="row" aria-rowindex="1" @pointerdown=${this.onPointerDown}>
        ${columns.map((column, col) => {
          const label = column.label ?? t(column.labelKey);
          const filtered = store.query.filters[column.id] !== undefined;
          const primary = store.query.sort[0];
          return renderHeaderCell(column, col, {
            sort: store.query.sort,
            filtered,
            active: this.active.row === 0 && this.active.col === col,
            label,
            filterLabel: tableStrings(lang, filtered ? 'filterColumnActive' : 'filterColumn', { column: label }),
            sortLabel: tableStrings(lang, primary?.direction === 'desc' ? 'sortDesc' : 'sortAsc'),
          });
        })}
        ${this.showMatchColumn()
          ? html`<div role="columnheader" id=${cellId(0, matchCol)} class="header-cell${this.active.row === 0 && this.active.col === matchCol ? ' active' : ''}" aria-colindex=${matchCol + 1}>
              ${tableStrings(lang, 'match')}
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  private rowContext(store: SessionStore, columns: readonly ColumnDef[]): RowRenderContext {
    return {
      columns,
      format: this.locale.formatContext(store.viewer),
      translate: this.locale.translate,
      selectedId: store.selectedId,
      activeRow: this.active.row,
      activeCol: this.active.col,
      snippetFor: this.showMatchColumn() ? this.snippetSource() : undefined,
    };
  }

  private renderGrid(store: SessionStore, columns: readonly ColumnDef[], withBody: boolean): TemplateResult {
    const lang = this.locale.lang;
    const ctx = this.rowContext(store, columns);
    const renderBodyRow = (id: string, index: number) => renderRow(id, index, store.session(id), ctx);
    const loading = store.status === 'loading' && store.view.length === 0;
    return html`<div
      class="scroller${withBody ? '' : ' no-body'}"
      part="grid"
      role="grid"
      tabindex="0"
      aria-label=${tableStrings(lang, 'label')}
      aria-description=${tableStrings(lang, 'keyboardHelp')}
      aria-rowcount=${store.view.length + 1}
      aria-colcount=${this.colCount()}
      aria-multiselectable="false"
      aria-busy=${store.status === 'loading' ? 'true' : 'false'}
      @keydown=${this.onKeyDown}
      @click=${this.onGridClick}
      ${ref(this.attachScroller)}
    >
      ${this.renderHeader(store, columns)}
      ${withBody ? this.viewport.renderBody(store.view, renderBodyRow, () => this.scheduleActiveSync()) : nothing}
    </div>
    ${loading ? renderSkeleton(columns) : nothing}`;
  }

  protected override render(): TemplateResult {
    const store = this.currentStore;
    const lang = this.locale.lang;
    if (!store) {
      return html`${this.renderToolbar()}<p class="sv-status" role="status">${tableStrings(lang, 'loading')}</p>`;
    }
    const columns = this.visibleColumns();
    const tableState = tableStateOf(store);
    const withGrid = tableState.kind !== 'error' && tableState.kind !== 'forbidden';
    const actions: StateActions = {
      retry: () => void store.retry(),
      clearFilters: () => store.setQuery({ filters: {}, search: '' }),
    };
    return html`${this.renderToolbar()}${this.popovers.renderChips(store, this.locale.formatContext(store.viewer))}
      ${renderBanners(store, lang, this.locale.translate, actions)}
      ${withGrid ? this.renderGrid(store, columns, store.view.length > 0) : nothing}
      ${renderStateBlock(tableState, lang, this.locale.translate, actions)}
      ${this.popovers.render(store)}
      <div class="sv-visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>`;
  }
}
