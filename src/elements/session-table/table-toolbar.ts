/**
 * The table's toolbar: History/Live, content search, saved views, the Columns button and the
 * host's slots (`toolbar-start`, `toolbar-end` for e.g. `<sv-export-menu>`). The search box and
 * the saved views (saved-views-control.ts) load right after the first paint.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SessionExtrasLoader } from '../../engine/export/index.js';
import type { Mode, SessionQuery, SessionSummary } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import type { ExportMenu } from '../export-menu/export-menu.js';
import type { RedactSettings } from '../export-menu/redact-settings.js';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
import { renderPartFailure } from '../part-failure.js';
import { ExportMenuStandIn } from './export-menu-stand-in.js';
import type { LayoutController } from './layout-controller.js';
import type { SearchChangeDetail } from './search-box.js';
import type { SavedViewsControl } from './saved-views-control.js';
import { tableStrings } from './session-table.strings.js';
import { TABLE_LAZY_PARTS } from './table-lazy-parts.js';

export interface ToolbarContext {
  store: SessionStore | undefined;
  lang: string;
  /** "10,000 sessions" / "1,234 of 10,000 sessions" (plain text: not announced on live ticks). */
  rowCount: string;
  /** In Live with service-level thresholds: "3 over SLA". */
  slaCount?: TemplateResult | undefined;
  /** Every column the user may show or export. */
  availableColumns(): readonly string[];
  chooserOpen: boolean;
  toggleChooser(anchor: Element): void;
  announce(text: string): void;
  /** Applies the user's query change unless the host vetoes it (`sv-query-change`). */
  changeQuery(patch: Partial<SessionQuery>): boolean;
  /** The host's redaction settings, passed on to the export menu as they are. */
  redaction: RedactSettings;
}

export class TableToolbar implements ReactiveController {
  private exportRows: { view: readonly string[]; sessions: SessionSummary[] } | undefined;
  private detailsLoader: { store: SessionStore; load: SessionExtrasLoader } | undefined;
  /** The export menu loads when the user first reaches for it; `exportMenu.parts.loading` until then. */
  readonly exportMenu: ExportMenuStandIn;
  /**
   * The search box and saved views load right after the first paint (table-lazy-parts.ts); until
   * then their tags hold their place, and Lit's upgrade keeps what was set on them meanwhile.
   */
  readonly controls: LazyPartsController;
  private views: SavedViewsControl | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly layout: LayoutController,
  ) {
    host.addController(this);
    this.exportMenu = new ExportMenuStandIn(host);
    this.controls = new LazyPartsController(host);
  }

  hostConnected(): void {}

  /** The export menu took the stand-in's place in this update: open or focus it as the user asked. */
  hostUpdated(): void {
    if (this.exportMenu.awaited) this.exportMenu.arrived(this.host.renderRoot.querySelector('sv-export-menu'));
  }

  /** The saved views, once the toolbar's controls are in (they load right after the first paint). */
  private savedViews(): SavedViewsControl | undefined {
    const controls = TABLE_LAZY_PARTS.toolbarControls.current();
    if (controls) this.views ??= new controls.SavedViewsControl(this.host, this.layout);
    return this.views;
  }

  /** Loads the saved views of this store and table id once (when their code is in). */
  ensureLoaded(store: SessionStore, tableId: string): void {
    this.savedViews()?.ensureLoaded(store, tableId);
  }

  /**
   * The view's sessions for the export menu, rebuilt only when the view changes, and only when
   * the user reaches for the menu: at a million rows building the list takes a second.
   */
  private viewSessions(store: SessionStore): SessionSummary[] {
    if (this.exportRows?.view !== store.view) {
      const sessions: SessionSummary[] = [];
      for (const id of store.view) {
        const session = store.session(id);
        if (session) sessions.push(session);
      }
      this.exportRows = { view: store.view, sessions };
    }
    return this.exportRows.sessions;
  }

  /**
   * Transcripts and notes for the export, batch by batch through the store (cached details
   * first, then the host's batch call; time limits and validation included). One function per
   * store, so the menu is not re-rendered with a new loader on every table render.
   */
  private exportDetails(store: SessionStore): SessionExtrasLoader {
    if (this.detailsLoader?.store !== store) {
      this.detailsLoader = { store, load: (ids, signal) => store.details.loadBatch(ids, signal) };
    }
    return this.detailsLoader.load;
  }

  private fillExport(event: Event, store: SessionStore): void {
    const menu = event.currentTarget as ExportMenu;
    if (store.capabilities.serverQuery) {
      // The browser holds only the rows on screen: the export reads the list from the host.
      menu.sessions = [];
      menu.pages = { total: store.total, pages: (signal) => store.queryPages({ signal }) };
    } else menu.sessions = this.viewSessions(store);
  }

  /** Content search: its status comes from the store's search (indexing progress, results). */
  private renderSearch(store: SessionStore, changeQuery: ToolbarContext['changeQuery']): TemplateResult {
    const search = store.search.state;
    const searching = store.query.search.trim() !== '';
    const indexing = search.total > 0 && search.indexed < search.total;
    return html`<sv-search-box
      .value=${store.query.search}
      .pending=${search.status === 'searching'}
      .resultCount=${searching && store.status !== 'loading' ? store.view.length : undefined}
      .ignoredWords=${searching && search.status === 'done' && search.noSearchableWords ? search.ignored : undefined}
      .progress=${indexing || !search.complete ? { indexed: search.indexed, total: search.total, complete: false } : undefined}
      @focusin=${() => store.search.prepare()}
      @sv-search-change=${(event: CustomEvent<SearchChangeDetail>) => changeQuery({ search: event.detail.search }) || event.preventDefault()}
    ></sv-search-box>`;
  }

  render(ctx: ToolbarContext): TemplateResult {
    const { store, lang } = ctx;
    const mode = store?.query.mode ?? 'history';
    const controlsReady = store ? this.controls.use(TABLE_LAZY_PARTS.toolbarControls) : TABLE_LAZY_PARTS.toolbarControls.current();
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${tableStrings(lang, 'toolbar')} aria-busy=${store && !controlsReady && !this.controls.failed(TABLE_LAZY_PARTS.toolbarControls) ? 'true' : 'false'}>
      <slot name="toolbar-start"></slot>
      ${store?.capabilities.live
        ? html`<div class="segmented" role="group" aria-label=${tableStrings(lang, 'mode')}>
            ${(['history', 'live'] as Mode[]).map(
              (value) =>
                html`<button class="sv-button" aria-pressed=${mode === value ? 'true' : 'false'} @click=${() => mode !== value && ctx.changeQuery({ mode: value })}>
                  ${tableStrings(lang, `mode.${value}`)}
                </button>`,
            )}
          </div>`
        : nothing}
      ${store ? this.renderSearch(store, ctx.changeQuery) : nothing}
      ${(store && renderPartFailure(this.controls, TABLE_LAZY_PARTS.toolbarControls, lang)) ?? nothing}
      ${store
        ? html`${this.savedViews()?.render(store, ctx) ?? nothing}
                        <button
              class="sv-button columns-button"
              aria-haspopup="dialog"
              aria-expanded=${ctx.chooserOpen ? 'true' : 'false'}
              @click=${(event: Event) => ctx.toggleChooser(event.currentTarget as Element)}
            >
              ${tableStrings(lang, 'columns')}
            </button>`
        : nothing}
      ${ctx.rowCount ? html`<span class="row-count" part="row-count">${ctx.rowCount}</span>` : nothing} ${ctx.slaCount ?? nothing}
      <span class="spacer"></span>
      ${store
        ? this.exportMenu.render(lang, store.view.length === 0, {
            menu: () => html`<sv-export-menu
              @pointerdown=${(event: Event) => this.fillExport(event, store)}
              @focusin=${(event: Event) => this.fillExport(event, store)}
              .visibleColumns=${store.columns}
              .availableColumns=${ctx.availableColumns()}
              .viewer=${store.viewer}
              .loadDetails=${this.exportDetails(store)}
              .redact=${ctx.redaction.redact}
              .redactDefaults=${ctx.redaction.redactDefaults}
              .redactPatterns=${ctx.redaction.redactPatterns}
              ?disabled=${store.view.length === 0}
            ></sv-export-menu>`,
            open: (menu) => {
              menu.sessions = this.viewSessions(store);
              void menu.show();
            },
          })
        : nothing}
      <slot name="toolbar-end"></slot>
    </div>`;
  }
}
