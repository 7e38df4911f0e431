import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SessionAdapter } from '../../adapter/index.js';
import type { RedactionPattern } from '../../engine/redact/index.js';
import { AnnouncerController, announcerRegion } from '../../controllers/announcer-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { settleLoading } from '../../controllers/lazy-parts.js';
import type { ColumnDef, SessionQuery } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { emitPublic } from '../../events/emit.js';
import { controls, tokens } from '../../themes/tokens.js';
import { GridViewport } from './grid-viewport.js';
import { LayoutController } from './layout-controller.js';
import type { RowRenderContext } from './row-render.js';
import { renderGrid } from './grid-render.js';
import type { Snippet } from './snippet.js';
import { chipStyles, sessionTableStyles } from './session-table.styles.js';
import { TablePopovers } from './table-popovers.js';
import { VisibleColumns } from './visible-columns.js';
import { TableToolbar } from './table-toolbar.js';
import { SlaCounter, slaContextFor, type SlaRenderContext } from './sla.js';
import { tableStrings } from './session-table.strings.js';
import { renderBanners, renderStateBlock, tableStateOf, type StateActions } from './table-states.js';
import { ColumnResizer } from './column-resizer.js';
import { kindListConverter, type RedactDefaults } from '../export-menu/redact-settings.js';
import { GridInteraction } from './grid-interaction.js';
import { ViewFollower } from './view-follower.js';
import { RowsOnScreen } from './rows-on-screen.js';

export type { SessionSelectDetail } from './grid-interaction.js';

/** Detail of `sv-query-change`. */
export interface QueryChangeDetail {
  /** The query the table is about to apply (the current one with the user's change). */
  query: SessionQuery;
}

export type TableDensity = 'comfortable' | 'compact';

const MATCH_COLUMN_WIDTH = 320;

/** `sla-warn="90"` is 90, no attribute is `undefined` (as the property's type says; `type: Number` gives `null`). */
const optionalNumber = { fromAttribute: (value: string | null): number | undefined => (value === null ? undefined : Number(value)) };

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
 * @fires {CustomEvent<QueryChangeDetail>} sv-query-change - The user changed the query (a filter, the
 *   sort, the search, History/Live, a saved view); `detail.query` is the new query. Cancelable:
 *   `preventDefault()` keeps the current query.
 * @fires {CustomEvent<ExportDoneDetail>} sv-export-done - From the toolbar's export menu: the file is
 *   ready. Cancelable: `preventDefault()` skips the browser download (the host takes `detail.blob`).
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
 * @csspart arrivals-pill - The "N new sessions" button shown when sessions arrive above a reader who scrolled down.
 * @csspart row-pending - A row whose page the host has not answered yet (with `row`; range paging).
 * @csspart match - A highlighted search hit.
 * @csspart sla-count - In Live with service-level thresholds: "3 over SLA, 2 near SLA" in the toolbar.
 * @csspart sla-breach - A waiting time over the `sla-breach` limit (an icon and "over SLA" for screen readers).
 * @csspart sla-warn - A waiting time past `sla-warn`, near the limit.
 * @csspart match-source - "In details:" before a search hit found outside what people said (a name, a queue, a note).
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

  private readonly storeController = new StoreController(this, { select: (state) => this.rowsOnScreen.renderedSlice(state) });
  private readonly locale = new LocaleController(this);
  private readonly announcer = new AnnouncerController(this, 3000);
  private readonly viewport = new GridViewport(this, () => {
    this.grid.scheduleActiveSync();
    this.follower.scrolled();
    // With serverQuery the host pages by range: the store fetches the pages around these rows.
    const first = this.viewport.firstVisibleIndex;
    this.currentStore?.showRange(first, first + this.viewport.pageSize + 1);
    if (this.currentStore && this.showMatchColumn()) this.rowsOnScreen.reportShown(this.currentStore);
  });
  private readonly rowsOnScreen = new RowsOnScreen(this.viewport);
  private readonly layout = new LayoutController(this);
  private readonly popovers = new TablePopovers({
    store: () => this.currentStore,
    lang: () => this.locale.lang,
    translate: () => this.locale.translate,
    requestUpdate: () => this.requestUpdate(),
    changeQuery: (patch) => this.changeQuery(patch),
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
  private readonly grid = new GridInteraction(this, {
    store: () => this.currentStore,
    visibleColumns: () => this.visibleColumns(),
    colCount: () => this.colCount(),
    viewport: this.viewport,
    layout: this.layout,
    popovers: this.popovers,
    resizer: this.resizer,
    changeQuery: (patch) => this.changeQuery(patch),
  });
  private readonly follower = new ViewFollower({
    viewport: this.viewport,
    grid: this.grid,
    announce: (text) => this.announcer.announce(text),
    lang: () => this.locale.lang,
    requestUpdate: () => this.requestUpdate(),
  });

  // Declared here rather than with decorators: the decorators' code was the only use of it in
  // the table's first paint.
  static override get properties() {
    return {
      store: { attribute: false },
      adapter: { attribute: false },
      tableId: { attribute: 'table-id' },
      density: { reflect: true },
      slaWarn: { attribute: 'sla-warn', converter: optionalNumber },
      slaBreach: { attribute: 'sla-breach', converter: optionalNumber },
      snippetFor: { attribute: false },
      redact: { converter: kindListConverter },
      redactDefaults: { attribute: false },
      redactPatterns: { attribute: false },
    };
  }

  /** The store to show; else one is made for `adapter`, else it comes from `<session-view>`. */
  store: SessionStore | undefined;
  /** A host adapter, for using the table on its own. */
  adapter: SessionAdapter | undefined;
  /** Names this table's persisted layout and saved views. */
  tableId = 'sessions';
  /** Row density. */
  density: TableDensity = 'comfortable';
  /**
   * Service level in Live, in seconds: waits from `sla-warn` on are marked as near the limit, from
   * `sla-breach` on as over it, and the toolbar counts the clients waiting over them. Default:
   * the adapter's `sla`.
   */
  slaWarn: number | undefined;
  /** See `slaWarn`. */
  slaBreach: number | undefined;
  /** Search hit for a row (text + ranges); defaults to the store's search snippets. */
  snippetFor: ((sessionId: string) => Snippet | undefined) | undefined;
  /** Personal data the export menu hides by default in both formats (`redact="all"`, `"email card"`, `"none"`); see `<sv-export-menu>`. */
  redact: readonly string[] | undefined;
  /** Kinds the export menu hides by default per format (`{ csv: [...], html: [...] }`); wins over `redact`. */
  redactDefaults: RedactDefaults = {};
  /** The host's own personal data (`{ id, label, pattern | detect }`), offered in the export menu beside the built-in kinds. */
  redactPatterns: readonly RedactionPattern[] = [];

  private readonly slaCounter = new SlaCounter();
  private tickTimer: ReturnType<typeof setInterval> | undefined;

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
    this.grid.setActive({ row: Math.max(0, Math.min(count - 1, index)) + 1, col: this.grid.active.col });
  }

  /**
   * Makes the row of `sessionId` the active row and focuses the grid: where focus returns when the
   * detail that row opened closes (without it, focus fell to <body>).
   */
  focusSession(sessionId: string): void {
    const index = this.currentStore?.view.indexOf(sessionId) ?? -1;
    if (index >= 0) this.scrollToRow(index);
    this.viewport.element?.focus();
  }

  /**
   * Every query change the user makes goes through here: `sv-query-change` first, so the host may
   * veto it (the parts then show the query still in effect). False when vetoed.
   */
  private changeQuery(patch: Partial<SessionQuery>): boolean {
    const store = this.currentStore;
    if (!store) return false;
    const query: SessionQuery = { ...store.query, ...patch };
    if (!emitPublic<QueryChangeDetail>(this, 'sv-query-change', { query }, { cancelable: true })) {
      this.requestUpdate();
      return false;
    }
    store.setQuery(patch);
    return true;
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

  /**
   * Also waits for the virtualizer to load and render the visible rows, so awaiting it shows them,
   * for the toolbar's search box and saved views (loaded after the first paint), and for a popover
   * or the export menu still loading on first use.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    return settleLoading([this.toolbar.controls, this.popovers.parts, this.toolbar.exportMenu.parts, this.viewport.parts], async () => {
      let complete = true;
      await this.viewport.rowsRendered(async () => (complete = (await super.getUpdateComplete()) && complete));
      return complete;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('adapter')) this.storeController.setSource(this.store, this.adapter);
    const store = this.currentStore;
    if (!store) return;
    this.layout.ensureLoaded(store, this.tableId);
    this.toolbar.ensureLoaded(store, this.tableId);
    this.follower.follow(store);
    this.applyColumnWidths();
  }

  /**
   * Right after the render is committed (before the controllers' `hostUpdated`, as a `ref` would,
   * without the directive's code up front): the viewport follows the scroller when it was
   * rendered anew or removed (the error states have none).
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller') ?? undefined;
    // Off the page (an update after removal) nothing is observed: connecting attaches again.
    if (scroller === this.viewport.element || !this.isConnected) return;
    this.viewport.attach(scroller);
    this.applyColumnWidths();
  }

  /**
   * Column widths go to CSS variables through the CSSOM (allowed under a strict CSP), set while
   * rendering so rows never appear at a stale width and resize again.
   */
  private applyColumnWidths(): void {
    const scroller = this.viewport.element;
    if (!scroller) return;
    const store = this.currentStore;
    const matchWidth = this.showMatchColumn() ? MATCH_COLUMN_WIDTH : 0;
    if (store) {
      // Widths are measured once per language and its strings (textKey): Czech arriving after the first paint re-measures.
      const text = { lang: this.locale.textKey, translate: this.locale.translate, format: this.locale.formatContext(store.viewer) };
      // The measured width: reading clientWidth here would force a layout on every render.
      const width = this.viewport.width || scroller.clientWidth;
      this.layout.fit(store, this.visibleColumns(), scroller, width - matchWidth, text);
    }
    const widths = this.visibleColumns().map((column) => this.layout.width(column.id));
    if (this.showMatchColumn()) widths.push(MATCH_COLUMN_WIDTH);
    const template = widths.map((w) => `${w}px`).join(' ');
    if (scroller.style.getPropertyValue('--_columns') === template) return;
    scroller.style.setProperty('--_columns', template);
    scroller.style.setProperty('--_total-width', `${widths.reduce((sum, w) => sum + w, 0)}px`);
  }

  protected override updated(): void {
    if (this.currentStore && this.showMatchColumn()) this.rowsOnScreen.reportShown(this.currentStore);
    this.follower.restoreScroll();
    this.grid.syncActiveDescendant();
  }

  // ---- columns -----------------------------------------------------------------------------

  private readonly shownColumns = new VisibleColumns();

  private visibleColumns(): ColumnDef[] {
    return this.shownColumns.of(this.currentStore);
  }

  private snippetSource(): ((id: string) => Snippet | undefined) | undefined {
    return this.rowsOnScreen.snippetSource(this.currentStore, this.snippetFor);
  }

  private showMatchColumn(): boolean {
    return this.rowsOnScreen.showsMatches(this.currentStore, this.snippetFor);
  }

  private colCount(): number {
    return this.visibleColumns().length + (this.showMatchColumn() ? 1 : 0);
  }

  // ---- rendering ---------------------------------------------------------------------------

  /** Thresholds and time for the waiting-time cells and the count; only in Live. */
  private slaContext(store: SessionStore): SlaRenderContext | undefined {
    return slaContextFor(store, { warnSeconds: this.slaWarn, breachSeconds: this.slaBreach }, this.locale.lang);
  }

  private renderToolbar(): TemplateResult {
    return this.toolbar.render({
      store: this.currentStore,
      lang: this.locale.lang,
      rowCount: this.currentStore ? this.follower.rowCount.text(this.currentStore, this.locale.lang) : '',
      slaCount: this.currentStore && this.slaCounter.render(this.currentStore, this.slaContext(this.currentStore), (text) => this.announcer.announce(text)),
      availableColumns: () => (this.currentStore ? this.popovers.availableColumns(this.currentStore) : []),
      chooserOpen: this.popovers.chooserOpen,
      toggleChooser: (anchor) => this.popovers.toggleChooser(anchor),
      announce: (text) => this.announcer.announce(text),
      changeQuery: (patch) => this.changeQuery(patch),
      redaction: this,
    });
  }

  private rowContext(store: SessionStore, columns: readonly ColumnDef[]): RowRenderContext {
    return {
      columns,
      format: this.locale.formatContext(store.viewer),
      translate: this.locale.translate,
      selectedId: store.selectedId,
      activeRow: this.grid.active.row,
      activeCol: this.grid.active.col,
      snippetFor: this.showMatchColumn() ? this.snippetSource() : undefined,
      pendingLabel: tableStrings(this.locale.lang, 'loading'),
      sla: this.slaContext(store),
    };
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
      clearFilters: () => void this.changeQuery({ filters: {}, search: '' }),
    };
    return html`${this.renderToolbar()}${this.popovers.renderChips(store, this.locale.formatContext(store.viewer))}
      ${renderBanners(store, lang, this.locale.translate, actions)}
      ${withGrid ? this.follower.renderPill(lang) : nothing}
      ${withGrid
        ? renderGrid(store, columns, store.view.length > 0, {
            lang,
            translate: this.locale.translate,
            rows: this.rowContext(store, columns),
            matchColumn: this.showMatchColumn(),
            colCount: this.colCount(),
            grid: this.grid,
            viewport: this.viewport,
          })
        : nothing}
      ${renderStateBlock(tableState, lang, this.locale.translate, actions)}
      ${this.popovers.render(store)}
      ${announcerRegion}`;
  }
}
