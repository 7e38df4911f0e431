/**
 * The table's floating parts and what they change: the column chooser (columns, order, reset)
 * and the header filter popover (value lists with counts, the filter itself), plus the filter
 * chips above the grid. Kept out of the element so the grid code stays about the grid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
import { translate } from '../../i18n/index.js';
import type { ValueListEntry } from '../../engine/query/index.js';
import { COLUMNS, PARAMETER_COLUMN_PREFIX, type ColumnFilter, type FormatContext, type SessionQuery, type Translate } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import type { ColumnsChangeDetail } from './column-chooser.js';
import type { PopoverCloseDetail } from './floating.js';
import type { FilterChangeDetail, FilterPopover } from './filter-popover.js';
import { TABLE_LAZY_PARTS } from './table-lazy-parts.js';

export interface PopoverHost {
  store(): SessionStore | undefined;
  lang(): string;
  translate(): Translate;
  requestUpdate(): void;
  /** Applies the user's query change unless the host vetoes it (`sv-query-change`). */
  changeQuery(patch: Partial<SessionQuery>): boolean;
  setColumns(columns: readonly string[]): void;
  /** Where focus goes when a popover closes. */
  focusGrid(): void;
  focusColumnsButton(): void;
}

/** How many sessions are scanned for host parameter names (columns `param:<name>`). */
const PARAMETER_SCAN_LIMIT = 5000;

export class TablePopovers {
  chooserOpen = false;
  chooserAnchor: Element | undefined;
  filterColumn: string | undefined;
  filterAnchor: Element | undefined;
  /** Labels of picked values per column (participant ids → names) for the chips. */
  private readonly valueLabels = new Map<string, Map<string, string>>();
  private valuesCache: { key: unknown[]; entries: ValueListEntry[] } | undefined;
  /** Per column, the session count at the last label lookup that left keys unnamed. */
  private readonly labelMisses = new Map<string, number>();
  /** The list and how many sessions it was scanned from; the same array until that changes. */
  private columnsCache: { size: number; ids: readonly string[] } | undefined;
  /** The chooser and the filter popover load when first opened (table-lazy-parts.ts). */
  readonly parts: LazyPartsController;

  constructor(private readonly host: PopoverHost) {
    this.parts = new LazyPartsController(host);
  }

  toggleChooser(anchor: Element): void {
    this.chooserOpen = !this.chooserOpen;
    // Reaching for it loads its code, again if an earlier load failed (offline).
    if (this.chooserOpen) this.parts.retry(TABLE_LAZY_PARTS.columnChooser);
    this.chooserAnchor = anchor;
    this.filterColumn = undefined;
    this.host.requestUpdate();
  }

  openFilter(column: string, anchor: Element): void {
    this.filterColumn = column;
    this.parts.retry(TABLE_LAZY_PARTS.filterPopover);
    this.filterAnchor = anchor;
    this.chooserOpen = false;
    this.host.requestUpdate();
  }

  /**
   * Every column the chooser lists: the catalogue plus parameters seen in the data. The same array
   * while nothing changed: the toolbar's export menu takes it, and a new one re-rendered the menu
   * on every live flush.
   */
  availableColumns(store: SessionStore): readonly string[] {
    // Only the first sessions are scanned: once that many are loaded, more change nothing.
    const scanned = Math.min(store.sessions.size, PARAMETER_SCAN_LIMIT);
    if (this.columnsCache?.size !== scanned) {
      const names = new Set<string>();
      let scanned = 0;
      for (const session of store.sessions.values()) {
        for (const name of Object.keys(session.parameters)) names.add(name);
        if (++scanned >= PARAMETER_SCAN_LIMIT) break;
      }
      for (const id of store.columns) if (id.startsWith(PARAMETER_COLUMN_PREFIX)) names.add(id.slice(PARAMETER_COLUMN_PREFIX.length));
      const parameters = [...names].sort().map((name) => `${PARAMETER_COLUMN_PREFIX}${name}`);
      this.columnsCache = { size: scanned, ids: [...COLUMNS.map((column) => column.id), ...parameters] };
    }
    return this.columnsCache.ids;
  }

  private values(store: SessionStore, column: string): ValueListEntry[] {
    const key = [column, store.sessions.size, store.view, store.query.filters, store.query.mode, this.host.lang(), store.getState().valueLists];
    if (!this.valuesCache || this.valuesCache.key.some((part, i) => part !== key[i])) {
      this.valuesCache = { key, entries: store.valueList(column, { t: this.host.translate(), locale: this.host.lang() }) };
    }
    return this.valuesCache.entries;
  }

  /** Applies a filter change; false when the host vetoed it (`sv-query-change`). */
  setFilter(store: SessionStore, column: string, filter: ColumnFilter | undefined): boolean {
    if (filter?.kind === 'values' && this.valuesCache) {
      const labels = this.valueLabels.get(column) ?? new Map<string, string>();
      for (const entry of this.valuesCache.entries) if (filter.values.includes(entry.key)) labels.set(entry.key, entry.label);
      this.valueLabels.set(column, labels);
    }
    const filters = { ...store.query.filters };
    if (filter) filters[column] = filter;
    else delete filters[column];
    return this.host.changeQuery({ filters });
  }

  /**
   * Each popover once its code is in (loaded on first open). Meanwhile a status says it is
   * loading; the popover, rendered open, then moves focus into itself as on any opening.
   */
  render(store: SessionStore): TemplateResult {
    const chooserReady = this.chooserOpen ? this.parts.use(TABLE_LAZY_PARTS.columnChooser) : TABLE_LAZY_PARTS.columnChooser.current();
    const filterReady = this.filterColumn !== undefined ? this.parts.use(TABLE_LAZY_PARTS.filterPopover) : TABLE_LAZY_PARTS.filterPopover.current();
    const loading = (this.chooserOpen && !chooserReady) || (this.filterColumn !== undefined && !filterReady);
    const failed =
      (this.chooserOpen && this.parts.failed(TABLE_LAZY_PARTS.columnChooser)) || (this.filterColumn !== undefined && this.parts.failed(TABLE_LAZY_PARTS.filterPopover));
    return html`${chooserReady ? this.renderChooser(store) : nothing}${filterReady ? this.renderFilter(store) : nothing}${loading
      ? html`<p class="sv-visually-hidden" role=${failed ? 'alert' : 'status'} aria-busy=${failed ? 'false' : 'true'}>
          ${translate(this.host.lang(), failed ? 'common.partFailed' : 'common.loading')}
        </p>`
      : nothing}`;
  }

  private renderChooser(store: SessionStore): TemplateResult {
    return html`<sv-column-chooser
      .open=${this.chooserOpen}
      .anchor=${this.chooserAnchor}
      .columns=${store.columns}
      .available=${this.chooserOpen ? this.availableColumns(store) : []}
      @sv-columns-change=${(event: CustomEvent<ColumnsChangeDetail>) => this.host.setColumns(event.detail.columns)}
      @close=${(event: CustomEvent<PopoverCloseDetail>) => {
        this.chooserOpen = false;
        this.host.requestUpdate();
        if (event.detail.returnFocus) this.host.focusColumnsButton();
      }}
    ></sv-column-chooser>`;
  }

  private renderFilter(store: SessionStore): TemplateResult {
    const column = this.filterColumn;
    return html`<sv-filter-popover
      .open=${column !== undefined}
      .anchor=${this.filterAnchor}
      .column=${column ?? ''}
      .filter=${column ? store.query.filters[column] : undefined}
      .values=${column ? this.values(store, column) : []}
      .timeZone=${store.viewer.timeZone}
      .dateLocale=${store.viewer.locale}
      @sv-filter-change=${(event: CustomEvent<FilterChangeDetail>) => {
        const { column: changed, filter } = event.detail;
        if (this.setFilter(store, changed, filter)) return;
        // Vetoed: the popover shows the filter still in effect again, once it has rendered the
        // refused one (set back before that, it would not render at all, and a checkbox the user
        // ticked would stay ticked).
        const popover = event.currentTarget as FilterPopover;
        void popover.updateComplete.then(() => (popover.filter = store.query.filters[changed]));
      }}
      @close=${(event: CustomEvent<PopoverCloseDetail>) => {
        this.filterColumn = undefined;
        this.host.requestUpdate();
        if (event.detail.returnFocus) this.host.focusGrid();
      }}
    ></sv-filter-popover>`;
  }

  /**
   * Active filters as removable chips, with "Clear all" (filter-chips.ts, loaded with the
   * toolbar's controls). Until that code is in, an empty row holds the chips' place.
   */
  renderChips(store: SessionStore, format: FormatContext): TemplateResult | typeof nothing {
    if (Object.keys(store.query.filters).length === 0) return nothing;
    const controls = this.parts.use(TABLE_LAZY_PARTS.toolbarControls);
    if (!controls) return html`<div class="chips pending" part="chips" aria-hidden="true"><span class="chip"></span></div>`;
    return controls.renderFilterChips(store, format, {
      lang: this.host.lang(),
      translate: this.host.translate(),
      valueLabels: this.valueLabels,
      labelMisses: this.labelMisses,
      removeFilter: (column) => this.setFilter(store, column, undefined),
      clearAll: () => this.host.changeQuery({ filters: {} }),
    });
  }
}
