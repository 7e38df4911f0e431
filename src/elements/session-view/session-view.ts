import { provide } from '@lit/context';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SessionAdapter } from '../../adapter/index.js';
import type { RedactionPattern } from '../../engine/redact/index.js';
import { kindListConverter, type RedactDefaults } from '../export-menu/redact-settings.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { settleLanguages } from '../../i18n/translate.js';
import { applySessionFromUrl, syncStoreWithUrl, viewStateFromUrl, type DetailTabSource, type UrlSync } from '../../controllers/url-sync.js';
import { DETAIL_TABS, type DetailTab } from '../session-detail/detail-tabs.js';
import { emitPublic } from '../../events/emit.js';
import { createSessionStore } from '../../store/create-store.js';
import { sessionStoreContext } from '../../store/context.js';
import type { InvalidRecord, SessionStore } from '../../store/session-store.js';
import { DETAIL_PARTS, TABLE_PARTS, exportParts } from '../../themes/exported-parts.js';
import { controls, tokens } from '../../themes/tokens.js';
import { t } from './session-view.strings.js';
import { styles } from './session-view.styles.js';

/** Detail of `sv-data-error`: a record the adapter sent that failed validation. */
export type DataErrorDetail = InvalidRecord;

const TABLE_EXPORTS = exportParts(TABLE_PARTS);
const DETAIL_EXPORTS = exportParts(DETAIL_PARTS);

const MIN_DETAIL_WIDTH = 280;
const KEYBOARD_STEP = 24;

/** A chevron pointing to the inline start or end (mirrored in right-to-left layouts by CSS). */
function chevron(toward: 'start' | 'end'): TemplateResult {
  const path = toward === 'start' ? svg`<path d="M14.5 6 8.5 12l6 6 1.4-1.4-4.6-4.6 4.6-4.6z"/>` : svg`<path d="M9.5 6 8.1 7.4l4.6 4.6-4.6 4.6L9.5 18l6-6z"/>`;
  return html`<svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" aria-hidden="true" focusable="false">${path}</svg>`;
}

/**
 * The complete session view: the sessions table with the selected session's detail in a
 * resizable side panel. Give it an adapter and it creates one store, provides it to every
 * element inside (`@lit/context`), loads the sessions and follows live changes.
 *
 * @tagname session-view
 * @summary Contact-center session view: table + detail panel on one data adapter.
 *
 * @slot table - Replaces the built-in `<session-table>`.
 * @slot detail - Replaces the built-in `<session-detail>`.
 *
 * @csspart main - The area holding the table.
 * @csspart splitter - The handle that resizes the detail panel.
 * @csspart splitter-button - The buttons beside the handle that widen and narrow the panel one step (no drag needed).
 * @csspart detail - The side panel holding the detail.
 * @csspart url-hint - With `sync-url`: says the page address holds only part of a view too large for a link.
 *
 * The built-in table's and detail's parts are forwarded (`session-view::part(row)`), the detail's
 * pieces with their prefix (`transcript-message`, `routing-step`; see `src/themes/exported-parts.ts`):
 * @csspart toolbar - `<session-table>`: The toolbar above the grid.
 * @csspart row-count - `<session-table>`: The number of sessions shown.
 * @csspart grid - `<session-table>`: The scrolling grid.
 * @csspart header-cell - `<session-table>`: A column header.
 * @csspart sort-indicator - `<session-table>`: The arrow of a sorted column.
 * @csspart filter-button - `<session-table>`: The filter icon in a header.
 * @csspart resize-handle - `<session-table>`: The drag handle at a header's end.
 * @csspart row - `<session-table>`: A body row.
 * @csspart row-selected - `<session-table>`: The selected row (with `row`).
 * @csspart match - `<session-table>`: A highlighted search hit.
 * @csspart skeleton - `<session-table>`: Placeholder rows while loading.
 * @csspart state - `<session-table>`: The empty, error or no-permission message.
 * @csspart header - `<session-detail>`: The header with title, navigation and actions.
 * @csspart tablist - `<session-detail>`: The row of tabs.
 * @csspart tab - `<session-detail>`: Each tab.
 * @csspart tab-selected - `<session-detail>`: The selected tab (with `tab`).
 * @csspart tabpanel - `<session-detail>`: The active tab's panel.
 * @csspart masking - `<session-detail>`: The "personal data hidden" line.
 * @csspart transcript-toolbar - `<session-detail>`: <sv-transcript>'s `toolbar` part.
 * @csspart transcript-log - `<session-detail>`: <sv-transcript>'s `log` part.
 * @csspart transcript-message - `<session-detail>`: <sv-transcript>'s `message` part.
 * @csspart transcript-client-message - `<session-detail>`: <sv-transcript>'s `client-message` part.
 * @csspart transcript-operator-message - `<session-detail>`: <sv-transcript>'s `operator-message` part.
 * @csspart transcript-chatbot-message - `<session-detail>`: <sv-transcript>'s `chatbot-message` part.
 * @csspart transcript-system-message - `<session-detail>`: <sv-transcript>'s `system-message` part.
 * @csspart transcript-mark - `<session-detail>`: <sv-transcript>'s `mark` part.
 * @csspart transcript-link - `<session-detail>`: <sv-transcript>'s `link` part.
 * @csspart transcript-file - `<session-detail>`: <sv-transcript>'s `file` part.
 * @csspart transcript-file-link - `<session-detail>`: <sv-transcript>'s `file-link` part.
 * @csspart transcript-new-messages - `<session-detail>`: <sv-transcript>'s `new-messages` part.
 * @csspart transcript-play-from - `<session-detail>`: <sv-transcript>'s `play-from` part.
 * @csspart transcript-playing-message - `<session-detail>`: <sv-transcript>'s `playing-message` part.
 * @csspart transcript-show-playing - `<session-detail>`: <sv-transcript>'s `show-playing` part.
 * @csspart info-list - `<session-detail>`: <sv-session-info>'s `list` part.
 * @csspart info-copy-button - `<session-detail>`: <sv-session-info>'s `copy-button` part.
 * @csspart parameters-filter - `<session-detail>`: <sv-session-parameters>'s `filter` part.
 * @csspart parameters-table - `<session-detail>`: <sv-session-parameters>'s `table` part.
 * @csspart notes-note - `<session-detail>`: <sv-session-notes>'s `note` part.
 * @csspart notes-own-note - `<session-detail>`: <sv-session-notes>'s `own-note` part.
 * @csspart notes-editor - `<session-detail>`: <sv-session-notes>'s `editor` part.
 * @csspart routing-timeline - `<session-detail>`: <routing-panel>'s `timeline` part.
 * @csspart routing-step - `<session-detail>`: <routing-panel>'s `step` part.
 * @csspart routing-step-current - `<session-detail>`: <routing-panel>'s `step-current` part.
 * @csspart routing-step-pending - `<session-detail>`: <routing-panel>'s `step-pending` part.
 * @csspart routing-step-ended - `<session-detail>`: <routing-panel>'s `step-ended` part.
 * @csspart routing-empty - `<session-detail>`: <routing-panel>'s `empty` part.
 * @csspart routing-reroute - `<session-detail>`: <routing-panel>'s `reroute` part.
 * @csspart routing-picker - `<session-detail>`: <routing-panel>'s `picker` part.
 * @csspart routing-close-button - `<session-detail>`: <routing-panel>'s `close-button` part.
 * @csspart player-base - `<session-detail>`: <recording-player>'s `base` part.
 * @csspart player-stage - `<session-detail>`: <recording-player>'s `stage` part.
 * @csspart player-tile - `<session-detail>`: <recording-player>'s `tile` part.
 * @csspart player-tile-placeholder - `<session-detail>`: <recording-player>'s `tile-placeholder` part.
 * @csspart player-seek-bar - `<session-detail>`: <recording-player>'s `seek-bar` part.
 * @csspart player-seek-thumb - `<session-detail>`: <recording-player>'s `seek-thumb` part.
 * @csspart player-hover-time - `<session-detail>`: <recording-player>'s `hover-time` part.
 * @csspart player-waveform - `<session-detail>`: <recording-player>'s `waveform` part.
 * @csspart player-markers - `<session-detail>`: <recording-player>'s `markers` part.
 * @csspart player-controls - `<session-detail>`: <recording-player>'s `controls` part.
 * @csspart player-play-button - `<session-detail>`: <recording-player>'s `play-button` part.
 * @csspart player-error - `<session-detail>`: <recording-player>'s `error` part.
 *
 * @cssprop --sv-detail-width - Initial width of the detail panel (default 440px).
 * @cssprop --sv-color-bg - Background; all `--sv-*` tokens are listed in the README.
 *
 * @fires {CustomEvent<DataErrorDetail>} sv-data-error - A record from the adapter failed validation; `detail` names it and its problems.
 *
 * The public events of the table and the detail inside cross this element's shadow root (they
 * are composed), so a host listens to them here; listed so framework wrappers type them too:
 * @fires {CustomEvent<SessionSelectDetail>} sv-session-select - From the table: a row was chosen. Cancelable.
 * @fires {CustomEvent<QueryChangeDetail>} sv-query-change - From the table: the user changed the query. Cancelable.
 * @fires {CustomEvent<ExportDoneDetail>} sv-export-done - From the table's export menu: the file is ready. Cancelable.
 * @fires {CustomEvent<DetailCloseEventDetail>} sv-detail-close - From the detail: close requested. Cancelable.
 * @fires {CustomEvent<DetailTabChangeEventDetail>} sv-detail-tab-change - From the detail: the user switched tabs.
 * @fires {CustomEvent<NoteAddedEventDetail>} sv-note-added - From the detail: a note was saved.
 * @fires {CustomEvent<ContactClientDoneEventDetail>} sv-contact-client-done - From the detail: a new conversation with the client was opened.
 * @fires {CustomEvent<BanDoneEventDetail>} sv-ban-done - From the detail: the client was banned.
 * @fires {CustomEvent<UnbanDoneEventDetail>} sv-unban-done - From the detail: the ban was lifted.
 * @fires {CustomEvent<RerouteEventDetail>} sv-reroute-request - From the detail's routing panel: before a re-route is sent. Cancelable.
 * @fires {CustomEvent<RerouteEventDetail>} sv-reroute-done - From the detail's routing panel: the host confirmed the re-route.
 * @fires {CustomEvent<RecordingTimeUpdateDetail>} sv-recording-timeupdate - From a recording player in the detail: the position changed.
 * @fires {CustomEvent<RecordingErrorDetail>} sv-recording-error - From a recording player in the detail: a recording cannot play.
 */
export class SessionView extends LitElement {
  static override styles = [tokens, controls, styles];

  private readonly locale = new LocaleController(this);

  /** The host's data adapter. Setting a new one creates a new store. */
  @property({ attribute: false }) adapter: SessionAdapter | undefined;

  /** The store, created from `adapter` (read it to call actions from the host). */
  @provide({ context: sessionStoreContext })
  @property({ attribute: false })
  store: SessionStore | undefined;

  /** `light`, `dark` or `auto` (follows the OS). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * Keeps the query, visible columns and the open session with its tab in the page URL (and
   * starts from it), so the view or one session can be shared as a link. Off by default: the
   * host owns its URL.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /**
   * Time limit in milliseconds for one adapter call (listing, detail, search transcripts, an
   * action); past it the call is aborted and the view shows a timeout error with Retry. Default
   * 30000. A change applies to the next call.
   */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout: number | undefined;

  /** Hides the detail panel even when a session is selected. */
  @property({ type: Boolean, attribute: 'no-detail' }) noDetail = false;
  /** Service level in Live, in seconds: waits from here on are marked as near the limit (passed to the table). */
  @property({ type: Number, attribute: 'sla-warn' }) slaWarn: number | undefined;
  /** Waits from here on are over the limit: marked, and counted in the toolbar (default: the adapter's `sla`). */
  @property({ type: Number, attribute: 'sla-breach' }) slaBreach: number | undefined;

  /** Personal data the table's export menu hides by default in both formats (`redact="all"`, `"email card"`, `"none"`). */
  @property({ converter: kindListConverter }) redact: readonly string[] | undefined;
  /** Kinds the export menu hides by default per format (`{ csv: [...], html: [...] }`); wins over `redact`. */
  @property({ attribute: false }) redactDefaults: RedactDefaults = {};
  /** The host's own personal data (`{ id, label, pattern | detect }`), offered in the export menu beside the built-in kinds. */
  @property({ attribute: false }) redactPatterns: readonly RedactionPattern[] = [];

  @state() private detailWidth: number | undefined;
  @state() private storeError: string | undefined;
  /** With `sync-url`: the keys the page URL shortens or leaves out (the view is too large for a link). */
  @state() private urlCut: readonly string[] = [];
  /** The detail's tab, kept here so a link can carry it (`session.tab`). */
  @state() private detailTab: DetailTab = 'transcript';

  /** Stops listening to the store's selection (the only state this element renders). */
  private stopSelection: (() => void) | undefined;
  private urlSync: UrlSync | undefined;
  private readonly tabs: DetailTabSource = {
    tab: () => this.detailTab,
    setTab: (tab) => {
      if ((DETAIL_TABS as readonly string[]).includes(tab)) this.detailTab = tab as DetailTab;
    },
  };
  private readonly onDataError = (event: Event) => {
    emitPublic<DataErrorDetail>(this, 'sv-data-error', (event as CustomEvent<InvalidRecord>).detail);
  };

  /** Also waits for the strings of a language still loading (Czech, on first use), so awaiting it shows its words. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLanguages(() => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten(this.store);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) {
      this.unlisten(this.store);
      // The store was ours alone: free its index and worker with it.
      this.store?.dispose();
      this.storeError = undefined;
      try {
        const fromUrl = this.syncUrl ? viewStateFromUrl(location.search) : undefined;
        this.store = this.adapter
          ? createSessionStore(this.adapter, {
              ...(fromUrl ? { query: fromUrl.query, columns: fromUrl.columns } : {}),
              ...(this.validTimeout() ? { requestTimeoutMs: this.requestTimeout } : {}),
            })
          : undefined;
        if (fromUrl && this.store) applySessionFromUrl(fromUrl, this.store, this.tabs);
      } catch (error) {
        this.store = undefined;
        this.storeError = error instanceof Error ? error.message : String(error);
      }
      if (this.isConnected) this.listen(this.store);
    } else if (changed.has('requestTimeout') && this.store && this.validTimeout()) {
      this.store.requestTimeoutMs = this.requestTimeout!;
    }
  }

  /** A positive, finite `requestTimeout` (the attribute may hold anything). */
  private validTimeout(): boolean {
    return typeof this.requestTimeout === 'number' && Number.isFinite(this.requestTimeout) && this.requestTimeout > 0;
  }

  private listen(store: SessionStore | undefined): void {
    if (!store) return;
    if (this.syncUrl) this.urlSync = syncStoreWithUrl(store, { tabs: this.tabs, onCapped: (cut) => (this.urlCut = cut) });
    this.stopSelection = store.subscribe((state) => state.selectedId, () => this.requestUpdate());
    store.addEventListener('data-error', this.onDataError);
    store.connect();
  }

  private unlisten(store: SessionStore | undefined): void {
    this.urlSync?.stop();
    this.urlSync = undefined;
    this.urlCut = [];
    if (!store) return;
    this.stopSelection?.();
    this.stopSelection = undefined;
    store.removeEventListener('data-error', this.onDataError);
    store.disconnect();
  }

  private onSplitterPointerDown(event: PointerEvent): void {
    const splitter = event.currentTarget as HTMLElement;
    splitter.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => this.setDetailWidth(this.getBoundingClientRect().right - e.clientX);
    const up = () => {
      splitter.removeEventListener('pointermove', move);
      splitter.removeEventListener('pointerup', up);
    };
    splitter.addEventListener('pointermove', move);
    splitter.addEventListener('pointerup', up);
  }

  private onSplitterKeyDown(event: KeyboardEvent): void {
    const current = this.currentDetailWidth();
    // The panel is on the end side: ArrowLeft (in LTR) makes it wider.
    const towardStart = getComputedStyle(this).direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const towardEnd = towardStart === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const next: Record<string, number> = {
      [towardStart]: current + KEYBOARD_STEP,
      [towardEnd]: current - KEYBOARD_STEP,
      Home: MIN_DETAIL_WIDTH,
      End: this.maxDetailWidth(),
    };
    if (event.key in next) {
      event.preventDefault();
      this.setDetailWidth(next[event.key]!);
    }
  }

  private currentDetailWidth(): number {
    return this.detailWidth ?? this.renderRoot.querySelector<HTMLElement>('.detail')?.offsetWidth ?? 440;
  }

  private maxDetailWidth(): number {
    return Math.max(MIN_DETAIL_WIDTH, Math.round(this.getBoundingClientRect().width * 0.8));
  }

  private setDetailWidth(width: number): void {
    this.detailWidth = Math.round(Math.min(this.maxDetailWidth(), Math.max(MIN_DETAIL_WIDTH, width)));
    // A custom property set through the CSSOM, not a style attribute: strict-CSP hosts forbid those.
    this.style.setProperty('--_detail-width-user', `${this.detailWidth}px`);
  }

  /** Closes the detail; focus returns to the row that opened it (not to <body>). */
  private async closeDetail(store: SessionStore): Promise<void> {
    const closed = store.selectedId;
    store.select(undefined);
    await this.updateComplete;
    const table = this.renderRoot.querySelector('session-table');
    if (closed !== undefined) table?.focusSession(closed);
  }

  private renderDetail(store: SessionStore) {
    if (this.noDetail || !store.selectedId) return nothing;
    const width = this.currentDetailWidth();
    return html`
      <div class="splitter-area">
        <div
          class="splitter"
          part="splitter"
          role="separator"
          tabindex="0"
          aria-orientation="vertical"
          aria-label=${t(this.locale.lang, 'resize')}
          aria-valuemin=${MIN_DETAIL_WIDTH}
          aria-valuemax=${this.maxDetailWidth()}
          aria-valuenow=${width}
          @pointerdown=${this.onSplitterPointerDown}
          @keydown=${this.onSplitterKeyDown}
        ></div>
        <!-- Resizing without dragging (WCAG 2.5.7): one click per step, for pointer users who cannot drag. -->
        <div class="splitter-buttons">
          <button class="splitter-button" part="splitter-button" data-action="widen" aria-label=${t(this.locale.lang, 'widen')} @click=${() => this.setDetailWidth(this.currentDetailWidth() + KEYBOARD_STEP)}>
            ${chevron('start')}
          </button>
          <button class="splitter-button" part="splitter-button" data-action="narrow" aria-label=${t(this.locale.lang, 'narrow')} @click=${() => this.setDetailWidth(this.currentDetailWidth() - KEYBOARD_STEP)}>
            ${chevron('end')}
          </button>
        </div>
      </div>
      <aside
        class="detail"
        part="detail"
        aria-label=${t(this.locale.lang, 'detail')}
      >
        <slot name="detail">
          <session-detail
            exportparts=${DETAIL_EXPORTS}
            .store=${store}
            session-id=${store.selectedId}
            .tab=${this.detailTab}
            @sv-detail-tab-change=${(e: CustomEvent<{ tab: DetailTab }>) => {
              this.detailTab = e.detail.tab;
              this.urlSync?.update();
            }}
            @sv-detail-close=${(e: Event) => {
              if (!e.defaultPrevented) void this.closeDetail(store);
            }}
          ></session-detail>
        </slot>
      </aside>
    `;
  }

  override render() {
    const store = this.store;
    if (!store) {
      return html`<div class="sv-status" role="alert">${this.storeError ?? t(this.locale.lang, 'noAdapter')}</div>`;
    }
    return html`
      <div class="container">
        <div class="layout">
          <div class="main" part="main">
            ${this.urlCut.length > 0 ? html`<p class="url-hint" part="url-hint" role="status">${t(this.locale.lang, 'urlCapped')}</p>` : nothing}
            <slot name="table"
              ><session-table exportparts=${TABLE_EXPORTS} .store=${store} .redact=${this.redact} .redactDefaults=${this.redactDefaults} .redactPatterns=${this.redactPatterns}
                .slaWarn=${this.slaWarn}
                .slaBreach=${this.slaBreach}
              ></session-table
            ></slot>
          </div>
          ${this.renderDetail(store)}
        </div>
      </div>
    `;
  }
}
