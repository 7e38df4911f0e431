import { provide } from '@lit/context';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SessionAdapter } from '../../adapter/index.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { applySessionFromUrl, syncStoreWithUrl, viewStateFromUrl, type DetailTabSource, type UrlSync } from '../../controllers/url-sync.js';
import { DETAIL_TABS, type DetailTab } from '../session-detail/detail-tabs.js';
import { emitPublic } from '../../events/emit.js';
import { createSessionStore } from '../../store/create-store.js';
import { sessionStoreContext } from '../../store/context.js';
import type { InvalidRecord, SessionStore } from '../../store/session-store.js';
import { controls, tokens } from '../../themes/tokens.js';
import { t } from './session-view.strings.js';
import { styles } from './session-view.styles.js';

/** Detail of `sv-data-error`: a record the adapter sent that failed validation. */
export type DataErrorDetail = InvalidRecord;

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
 * @cssprop --sv-detail-width - Initial width of the detail panel (default 440px).
 * @cssprop --sv-color-bg - Background; all `--sv-*` tokens are listed in the README.
 *
 * @fires {CustomEvent<DataErrorDetail>} sv-data-error - A record from the adapter failed validation; `detail` names it and its problems.
 *
 * The public events of the table and the detail inside (`sv-session-select`, `sv-query-change`,
 * `sv-export-done`, `sv-detail-close`, …) reach the host through this element too.
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

  /** Hides the detail panel even when a session is selected. */
  @property({ type: Boolean, attribute: 'no-detail' }) noDetail = false;
  /** Service level in Live, in seconds: waits from here on are marked as near the limit (passed to the table). */
  @property({ type: Number, attribute: 'sla-warn' }) slaWarn: number | undefined;
  /** Waits from here on are over the limit: marked, and counted in the toolbar (default: the adapter's `sla`). */
  @property({ type: Number, attribute: 'sla-breach' }) slaBreach: number | undefined;

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
          ? createSessionStore(this.adapter, fromUrl ? { query: fromUrl.query, columns: fromUrl.columns } : {})
          : undefined;
        if (fromUrl && this.store) applySessionFromUrl(fromUrl, this.store, this.tabs);
      } catch (error) {
        this.store = undefined;
        this.storeError = error instanceof Error ? error.message : String(error);
      }
      if (this.isConnected) this.listen(this.store);
    }
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
            <slot name="table"><session-table .store=${store} .slaWarn=${this.slaWarn} .slaBreach=${this.slaBreach}></session-table></slot>
          </div>
          ${this.renderDetail(store)}
        </div>
      </div>
    `;
  }
}
