import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SessionAdapter } from '../../adapter/index.js';
import { translate } from '../../i18n/index.js';
import { formatDateTime, type DetailedSession } from '../../model/index.js';
import type { SessionStore, SessionStoreState } from '../../store/index.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { provideStoreLoader } from '../../controllers/store-factory.js';
import { loadStoreCode } from '../../controllers/store-code.js';
import { LazyPartsController, settleLoading } from '../../controllers/lazy-parts.js';
import { emitPublic } from '../../events/emit.js';
import { controls, tokens } from '../../themes/tokens.js';
import type { RecordingTimeUpdateDetail } from '../recording-player/recording-player.js';
import { availableTabs, DETAIL_TABS, tabForKey, type DetailTab } from './detail-tabs.js';
import { renderTabPanel } from './tab-panels.js';
import { renderCloseButton, renderDetailState, type DetailState } from './detail-states.js';
import { DETAIL_PARTS } from './detail-parts.js';
import { maskingStyles, type TranscriptMasking } from './transcript/masking.js';
import { detailStyles } from './session-detail.styles.js';
import { t } from './session-detail.strings.js';

// Given only `.adapter`, this element loads the store's code then (see store-factory.ts).
provideStoreLoader(loadStoreCode);

/** Detail of `sv-detail-close`. */
export interface DetailCloseEventDetail {
  sessionId: string | undefined;
}

/** Detail of `sv-detail-tab-change`. */
export interface DetailTabChangeEventDetail {
  tab: DetailTab;
}

/**
 * The detail of one session: a header with navigation and actions, and tabs for the transcript,
 * general information, parameters, notes, routing and recordings. Inside `<session-view>` it shows
 * the selected session; standalone it takes a `session-id` and a `.store` or `.adapter`.
 * When the session has playable recordings, the Transcript tab docks a player above the text,
 * linked both ways (`<sv-linked-transcript>`); a player in another tab resumes where it left off.
 *
 * @summary Session detail panel with transcript, info, parameters, notes, routing and recordings tabs.
 *
 * @fires {CustomEvent<DetailCloseEventDetail>} sv-detail-close - Cancelable. The close button or Esc; the default clears the store's selection.
 * @fires {CustomEvent<DetailTabChangeEventDetail>} sv-detail-tab-change - The user switched tabs; `detail.tab` (also reflected in the `tab` attribute).
 * @fires {CustomEvent<ContactClientDoneEventDetail>} sv-contact-client-done - A new conversation with the client was opened (the panel stays; its success message opens the new one); `detail: { sessionId, newSessionId, templateId? }`.
 * @fires {CustomEvent<BanDoneEventDetail>} sv-ban-done - The client was banned; `detail: { sessionId, ban }`.
 * @fires {CustomEvent<UnbanDoneEventDetail>} sv-unban-done - The ban was lifted; `detail: { sessionId }`.
 * @fires {CustomEvent<NoteAddedEventDetail>} sv-note-added - A note was saved; `detail: { sessionId, note }`.
 * @fires {CustomEvent<RerouteEventDetail>} sv-reroute-request - From the Routing tab's `<routing-panel>`: cancelable, before a re-route is sent.
 * @fires {CustomEvent<RerouteEventDetail>} sv-reroute-done - From the Routing tab's `<routing-panel>`: the host confirmed the re-route.
 * @fires {CustomEvent<RecordingTimeUpdateDetail>} sv-recording-timeupdate - From a `<recording-player>` inside: the position changed.
 * @fires {CustomEvent<RecordingErrorDetail>} sv-recording-error - From a `<recording-player>` inside: a recording cannot play.
 *
 * @csspart header - The header with title, navigation and actions.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 * @csspart tab-selected - The selected tab (with `tab`).
 * @csspart tabpanel - The active tab's panel.
 * @csspart masking - The transcript's "personal data hidden" line and its Show button (with `transcriptMasking`).
 *
 * The parts of the pieces inside are forwarded with the piece's prefix (`transcript-message`,
 * `routing-step`, `player-seek-bar`; the list is in `src/themes/exported-parts.ts`):
 * @csspart transcript-toolbar - `<sv-transcript>`'s `toolbar` part, forwarded.
 * @csspart transcript-log - `<sv-transcript>`'s `log` part, forwarded.
 * @csspart transcript-message - `<sv-transcript>`'s `message` part, forwarded.
 * @csspart transcript-client-message - `<sv-transcript>`'s `client-message` part, forwarded.
 * @csspart transcript-operator-message - `<sv-transcript>`'s `operator-message` part, forwarded.
 * @csspart transcript-chatbot-message - `<sv-transcript>`'s `chatbot-message` part, forwarded.
 * @csspart transcript-system-message - `<sv-transcript>`'s `system-message` part, forwarded.
 * @csspart transcript-mark - `<sv-transcript>`'s `mark` part, forwarded.
 * @csspart transcript-link - `<sv-transcript>`'s `link` part, forwarded.
 * @csspart transcript-file - `<sv-transcript>`'s `file` part, forwarded.
 * @csspart transcript-file-link - `<sv-transcript>`'s `file-link` part, forwarded.
 * @csspart transcript-new-messages - `<sv-transcript>`'s `new-messages` part, forwarded.
 * @csspart transcript-play-from - `<sv-transcript>`'s `play-from` part, forwarded.
 * @csspart transcript-playing-message - `<sv-transcript>`'s `playing-message` part, forwarded.
 * @csspart transcript-show-playing - `<sv-transcript>`'s `show-playing` part, forwarded.
 * @csspart info-list - `<sv-session-info>`'s `list` part, forwarded.
 * @csspart info-copy-button - `<sv-session-info>`'s `copy-button` part, forwarded.
 * @csspart parameters-filter - `<sv-session-parameters>`'s `filter` part, forwarded.
 * @csspart parameters-table - `<sv-session-parameters>`'s `table` part, forwarded.
 * @csspart notes-note - `<sv-session-notes>`'s `note` part, forwarded.
 * @csspart notes-own-note - `<sv-session-notes>`'s `own-note` part, forwarded.
 * @csspart notes-editor - `<sv-session-notes>`'s `editor` part, forwarded.
 * @csspart routing-timeline - `<routing-panel>`'s `timeline` part, forwarded.
 * @csspart routing-step - `<routing-panel>`'s `step` part, forwarded.
 * @csspart routing-step-current - `<routing-panel>`'s `step-current` part, forwarded.
 * @csspart routing-step-pending - `<routing-panel>`'s `step-pending` part, forwarded.
 * @csspart routing-step-ended - `<routing-panel>`'s `step-ended` part, forwarded.
 * @csspart routing-empty - `<routing-panel>`'s `empty` part, forwarded.
 * @csspart routing-reroute - `<routing-panel>`'s `reroute` part, forwarded.
 * @csspart routing-picker - `<routing-panel>`'s `picker` part, forwarded.
 * @csspart routing-close-button - `<routing-panel>`'s `close-button` part, forwarded.
 * @csspart player-base - `<recording-player>`'s `base` part, forwarded.
 * @csspart player-stage - `<recording-player>`'s `stage` part, forwarded.
 * @csspart player-tile - `<recording-player>`'s `tile` part, forwarded.
 * @csspart player-tile-placeholder - `<recording-player>`'s `tile-placeholder` part, forwarded.
 * @csspart player-seek-bar - `<recording-player>`'s `seek-bar` part, forwarded.
 * @csspart player-seek-thumb - `<recording-player>`'s `seek-thumb` part, forwarded.
 * @csspart player-hover-time - `<recording-player>`'s `hover-time` part, forwarded.
 * @csspart player-waveform - `<recording-player>`'s `waveform` part, forwarded.
 * @csspart player-markers - `<recording-player>`'s `markers` part, forwarded.
 * @csspart player-controls - `<recording-player>`'s `controls` part, forwarded.
 * @csspart player-play-button - `<recording-player>`'s `play-button` part, forwarded.
 * @csspart player-error - `<recording-player>`'s `error` part, forwarded.
 *
 * @cssprop --sv-color-bg - Panel background (and every other `--sv-*` token).
 */
export class SessionDetail extends LitElement {
  static override styles = [tokens, controls, detailStyles, maskingStyles];

  private readonly storeController = new StoreController(this, { select: (state) => this.renderedSlice(state) });
  private readonly locale = new LocaleController(this);
  private readonly parts = new LazyPartsController(this);

  /** The store to read (else `.adapter`, else the enclosing `<session-view>`). */
  @property({ attribute: false }) store: SessionStore | undefined;
  /** A host adapter, for standalone use without a store. */
  @property({ attribute: false }) adapter: SessionAdapter | undefined;
  /** The session to show. */
  @property({ attribute: 'session-id' }) sessionId: string | undefined;
  /** The active tab; reflected so a host can deep-link it. Unknown or unavailable tabs fall back to the transcript. */
  @property({ reflect: true }) tab: DetailTab = 'transcript';
  /** Text or terms to highlight in the transcript; defaults to the store's search text. */
  @property({ attribute: false }) highlight: string | readonly string[] | undefined;
  /** Personal data hidden in the transcript for these roles (`{ roles, revealRoles?, kinds?, patterns? }`). */
  @property({ attribute: false }) transcriptMasking: TranscriptMasking | undefined;
  /** Sessions whose personal data the viewer chose to show. */
  @state() private revealedSessions: ReadonlySet<string> = new Set();

  private loadedStore: SessionStore | undefined;
  private loadedId: string | undefined;
  private loadAbort: AbortController | undefined;
  private focusTabAfterRender = false;
  /** Where each recording of this session was last heard, so a player in another tab resumes there. */
  private playbackPositions = new Map<string, number>();

  /** The store in use (own, from the adapter, or from context). */
  get activeStore(): SessionStore | undefined {
    return this.storeController.store;
  }

  /** Reloads the session from the host (what Retry does). */
  reload(): Promise<unknown> {
    const store = this.activeStore;
    if (!store || !this.sessionId) return Promise.resolve();
    return store.details.load(this.sessionId, { force: true }).catch(() => undefined);
  }

  /** Closes the panel unless a listener cancels `sv-detail-close`. */
  close(): void {
    const proceed = emitPublic<DetailCloseEventDetail>(this, 'sv-detail-close', { sessionId: this.sessionId }, { cancelable: true });
    const store = this.activeStore;
    if (proceed && store && store.selectedId === this.sessionId) store.select(undefined);
  }

  /** Shows the previous (-1) or next (+1) session of the store's view. */
  step(direction: -1 | 1): void {
    const store = this.activeStore;
    const target = this.neighbour(direction);
    if (!store || !target) return;
    store.select(target);
    this.sessionId = target;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onHostKeydown);
    this.addEventListener('sv-recording-timeupdate', this.onRecordingTime);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onHostKeydown);
    this.removeEventListener('sv-recording-timeupdate', this.onRecordingTime);
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    this.loadedId = undefined;
    this.loadedStore = undefined;
  }

  /** Also waits for code loaded on demand: the store's (controllers/store-factory.ts) and the open tab's. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLoading([this.storeController, this.parts], () => super.getUpdateComplete());
  }

  /** The store whose detail code this panel asked for (see DetailStore.prefetch). */
  private prefetchedStore: SessionStore | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store') || changed.has('adapter')) this.storeController.setSource(this.store, this.adapter);
    const store = this.activeStore;
    // The store's detail code loads on first use: a panel that will show a session asks for it now.
    if (store && store !== this.prefetchedStore) {
      this.prefetchedStore = store;
      store.details.prefetch();
    }
    if (store && this.sessionId && this.isConnected && (store !== this.loadedStore || this.sessionId !== this.loadedId)) {
      this.loadedStore = store;
      if (this.loadedId !== this.sessionId) this.playbackPositions = new Map();
      this.loadedId = this.sessionId;
      this.loadAbort?.abort();
      const controller = new AbortController();
      this.loadAbort = controller;
      // Errors land in the store's entry and render from there.
      store.details.load(this.sessionId, { signal: controller.signal }).catch(() => undefined);
      // The transcript and the header's actions load on first use: their code comes while the session does.
      this.parts.preload(DETAIL_PARTS.transcript);
      this.parts.preload(DETAIL_PARTS.ban);
      this.parts.preload(DETAIL_PARTS.contact);
    }
  }

  protected override updated(): void {
    if (this.focusTabAfterRender) {
      this.focusTabAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    }
  }

  private neighbour(direction: -1 | 1): string | undefined {
    const store = this.activeStore;
    return store ? neighbourIn(store.view, this.sessionId, direction) : undefined;
  }

  /** What the panel renders: its session's entry, its neighbours in the view, the search text. */
  private renderedSlice(state: SessionStoreState): unknown[] {
    const id = this.sessionId;
    if (id === undefined) return [];
    return [state.details.get(id), state.query.search, neighbourIn(state.view, id, -1), neighbourIn(state.view, id, 1)];
  }

  /** Remembered without a re-render: only a player mounted later (another tab) reads it. */
  private readonly onRecordingTime = (event: CustomEvent<RecordingTimeUpdateDetail>) => {
    this.playbackPositions.set(event.detail.recordingId, event.detail.sessionTimeMs);
  };

  private readonly onHostKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  };

  private selectTab(tab: DetailTab, focus: boolean): void {
    if (tab === this.tab) return;
    this.tab = tab;
    this.focusTabAfterRender = focus;
    emitPublic<DetailTabChangeEventDetail>(this, 'sv-detail-tab-change', { tab });
  }

  private onTabKeydown(event: KeyboardEvent, tabs: readonly DetailTab[], current: DetailTab): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = tabForKey(event.key, tabs, current, rtl);
    if (!next) return;
    event.preventDefault();
    this.selectTab(next, true);
    // Same tab (a single tab, or Home on the first): keep focus where the user expects it.
    if (next === this.tab) this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  }

  // ---- rendering ---------------------------------------------------------------------------

  private renderState(kind: DetailState, store?: SessionStore) {
    const error = kind === 'error' && this.sessionId ? store?.details.get(this.sessionId)?.error : undefined;
    return renderDetailState(kind, { lang: this.locale.lang, error, close: () => this.close(), reload: () => void this.reload() });
  }

  private renderHeader(detail: DetailedSession, store: SessionStore) {
    const lang = this.locale.lang;
    const ctx = this.locale.formatContext(store.viewer);
    const previous = this.neighbour(-1);
    const next = this.neighbour(1);
    const ban = detail.ban;
    return html`<div class="header" part="header">
      <h2 id="title">${t(lang, 'title', { client: detail.client.name })}</h2>
      <div class="top-actions">
        ${this.renderActions(detail, store)}
        ${renderCloseButton(lang, () => this.close())}
      </div>
      <p class="meta">
        ${translate(lang, `channel.${detail.channel}`)} · ${translate(lang, `state.${detail.state}`)} · ${formatDateTime(detail.startedAt, ctx)}
      </p>
      <div class="bar">
        <button class="sv-button icon-button" data-action="previous" aria-label=${t(lang, 'previous')} ?disabled=${!previous} @click=${() => this.step(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <button class="sv-button icon-button" data-action="next" aria-label=${t(lang, 'next')} ?disabled=${!next} @click=${() => this.step(1)}>
          <span aria-hidden="true">›</span>
        </button>
        ${this.renderBarActions(detail, store)}
      </div>
      ${ban
        ? html`<p class="banner" data-banner="ban">
            ${ban.until === undefined ? t(lang, 'banned') : t(lang, 'bannedUntil', { until: formatDateTime(ban.until, ctx) })}
          </p>`
        : nothing}
    </div>`;
  }

  /** Ban / unban sits in the top-right corner; it renders nothing for roles that may not. */
  private renderActions(detail: DetailedSession, store: SessionStore) {
    if (!this.parts.use(DETAIL_PARTS.ban)) return nothing;
    return html`<sv-ban-control .store=${store} .session=${detail}></sv-ban-control>`;
  }

  /** Contact client next to the navigation; hidden when the host cannot contact clients. */
  private renderBarActions(detail: DetailedSession, store: SessionStore) {
    if (!this.parts.use(DETAIL_PARTS.contact)) return nothing;
    return html`<sv-contact-client .store=${store} .session=${detail} @contact-open=${this.onContactOpen}></sv-contact-client>`;
  }

  /** The user opened the new conversation from the success message: a standalone panel follows it too. */
  private readonly onContactOpen = (event: CustomEvent<{ newSessionId: string }>) => {
    this.sessionId = event.detail.newSessionId;
  };

  private renderTabs(detail: DetailedSession, store: SessionStore, problems: readonly string[]) {
    const lang = this.locale.lang;
    const tabs = availableTabs(detail, store.capabilities);
    const current = tabs.includes(this.tab) ? this.tab : 'transcript';
    return html`
      ${problems.length > 0 ? html`<p class="banner note" role="note">${t(lang, 'problems')}</p>` : nothing}
      <div role="tablist" part="tablist" aria-label=${t(lang, 'tabs')} @keydown=${(e: KeyboardEvent) => this.onTabKeydown(e, tabs, current)}>
        ${tabs.map(
          (tab) => html`<button
            role="tab"
            id="tab-${tab}"
            part=${tab === current ? 'tab tab-selected' : 'tab'}
            aria-selected=${tab === current ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${tab === current ? 0 : -1}
            @click=${() => this.selectTab(tab, false)}
          >${t(lang, `tab.${tab}`)}</button>`,
        )}
      </div>
      <div role="tabpanel" part="tabpanel" id="panel-${current}" aria-labelledby="tab-${current}" data-tab=${current}>
        ${renderTabPanel(current, {
          detail,
          store,
          highlight: this.highlight ?? store.query.search ?? '',
          positions: this.playbackPositions,
          parts: this.parts,
          lang,
          masking: {
            rules: this.transcriptMasking,
            lang,
            textKey: this.locale.textKey,
            translate: this.locale.translate,
            revealed: this.revealedSessions.has(detail.id),
            toggle: () => this.toggleReveal(detail.id),
          },
        })}
      </div>
    `;
  }

  private toggleReveal(sessionId: string): void {
    const next = new Set(this.revealedSessions);
    if (!next.delete(sessionId)) next.add(sessionId);
    this.revealedSessions = next;
  }

  override render() {
    const store = this.activeStore;
    if (!store) return this.renderState(this.storeController.loading ? 'loading' : 'no-store');
    if (!this.sessionId) return this.renderState('empty');
    const entry = store.details.get(this.sessionId);
    if (entry?.detail) return html`${this.renderHeader(entry.detail, store)}${this.renderTabs(entry.detail, store, entry.problems)}`;
    if (!entry || entry.status === 'loading') return this.renderState('loading');
    const kind = entry.error?.kind;
    return this.renderState(kind === 'not-found' ? 'not-found' : kind === 'forbidden' ? 'forbidden' : 'error', store);
  }
}

export { DETAIL_TABS };
export type { DetailTab };

function neighbourIn(view: readonly string[], id: string | undefined, direction: -1 | 1): string | undefined {
  if (id === undefined) return undefined;
  const index = view.indexOf(id);
  return index === -1 ? undefined : view[index + direction];
}
