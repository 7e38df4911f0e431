/**
 * Keeps a table's layout (visible columns, order, widths, sort) per `table-id`: loads it when the
 * table meets its store, applies it, and saves every change the user makes (debounced).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionStore } from '../../store/index.js';
import { BASIC_COLUMN_IDS, columnById, type ColumnDef, type FormatContext, type Translate } from '../../model/index.js';
import { fitColumnWidths, measureWantedWidths, SAMPLE_ROWS } from './column-fit.js';
import { preferenceKey } from './preferences.js';
import { clampWidth, sanitizeLayout, type TableLayout } from './table-layout.js';

export class LayoutController implements ReactiveController {
  widths: Record<string, number> = {};
  /** Resolves when the stored layout has been read and applied (tests and stories await it). */
  ready: Promise<void> = Promise.resolve();
  private loadedKey: string | undefined;
  private loadedStore: SessionStore | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSave: (() => Promise<void>) | undefined;
  /** Set when the user changed the layout before the stored one arrived: theirs wins. */
  private touched = false;
  /** Default widths fitted to content and the table's width, for columns the user did not size. */
  private fitted: Record<string, number> = {};
  private wanted: { key: string; widths: Record<string, number> } | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Leaving the page must not lose the last resize: write it now.
    if (this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      void this.pendingSave?.();
    }
  }

  /** Loads the layout for this store and table id once. */
  ensureLoaded(store: SessionStore, tableId: string): void {
    const key = preferenceKey(tableId, 'layout');
    if (store === this.loadedStore && key === this.loadedKey) return;
    this.loadedStore = store;
    this.loadedKey = key;
    this.touched = false;
    this.widths = {};
    // The store bounds the host's call with a time limit: a hanging host leaves the defaults.
    this.ready = store.loadPreference(key).then((value) => {
      if (this.loadedStore !== store || this.loadedKey !== key || this.touched) return;
      const layout = sanitizeLayout(value);
      if (!layout) return;
      this.widths = layout.widths;
      // A shared link or the host chose columns and sort: keep them, take only the widths.
      if (store.pinnedLayout) {
        this.host.requestUpdate();
        return;
      }
      store.setColumns(layout.columns);
      if (layout.sort && layout.sort.length > 0) store.setQuery({ sort: layout.sort });
      this.host.requestUpdate();
    });
  }

  width(id: string): number {
    return this.widths[id] ?? this.fitted[id] ?? columnById(id)?.width ?? 140;
  }

  /**
   * Fits the default widths to the content and to `available` px. What columns need is measured
   * once per column set and language, when the first rows are there, so widths do not shift
   * under the reader as more rows stream in; only the table's width changes the share-out.
   */
  fit(store: SessionStore, columns: readonly ColumnDef[], scroller: HTMLElement, available: number, text: { lang: string; translate: Translate; format: FormatContext }): void {
    const key = `${columns.map((column) => column.id).join(',')}|${text.lang}|${store.view.length > 0}`;
    if (this.wanted?.key !== key) {
      const rows: NonNullable<ReturnType<SessionStore['sessions']['get']>>[] = [];
      for (const id of store.view.slice(0, SAMPLE_ROWS)) {
        const session = store.sessions.get(id);
        if (session) rows.push(session);
      }
      const cell = scroller.querySelector('.cell') ?? scroller;
      const header = scroller.querySelector('.header-cell') ?? scroller;
      this.wanted = {
        key,
        widths: measureWantedWidths({
          columns,
          headers: columns.map((column) => column.label ?? text.translate(column.labelKey)),
          rows,
          format: text.format,
          translate: text.translate,
          font: getComputedStyle(cell).font,
          headerFont: getComputedStyle(header).font,
        }),
      };
    }
    this.fitted = fitColumnWidths({ ids: columns.map((column) => column.id), wanted: this.wanted.widths, fixed: this.widths, available });
  }

  setWidth(store: SessionStore, id: string, width: number): void {
    this.widths = { ...this.widths, [id]: clampWidth(width) };
    this.host.requestUpdate();
    this.save(store);
  }

  setColumns(store: SessionStore, ids: readonly string[]): void {
    store.setColumns(ids);
    this.save(store);
  }

  /** Back to the basic columns at their default widths. */
  reset(store: SessionStore): void {
    this.widths = {};
    store.setColumns(BASIC_COLUMN_IDS);
    this.save(store);
  }

  /** Applies a saved view's layout. */
  apply(store: SessionStore, layout: Pick<TableLayout, 'columns' | 'widths'>): void {
    this.widths = { ...layout.widths };
    store.setColumns(layout.columns);
    this.save(store);
  }

  snapshot(store: SessionStore): TableLayout {
    return { columns: [...store.columns], widths: { ...this.widths }, sort: [...store.query.sort] };
  }

  /** Records a user change (sort, columns, widths) and writes the layout shortly after. */
  save(store: SessionStore): void {
    this.touched = true;
    const key = this.loadedKey;
    if (!key) return;
    clearTimeout(this.saveTimer);
    this.pendingSave = () => store.savePreference(key, this.snapshot(store));
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.pendingSave?.();
    }, 250);
  }

  /** Writes any pending change now. */
  async flush(): Promise<void> {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.pendingSave?.();
  }
}
