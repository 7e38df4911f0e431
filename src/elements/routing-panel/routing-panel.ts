import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SessionAdapter } from '../../adapter/index.js';
import { AnnouncerController, announcerRegion } from '../../controllers/announcer-controller.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { provideStoreLoader } from '../../controllers/store-factory.js';
import { loadStoreCode } from '../../controllers/store-code.js';
import { lazyModule, LazyPartsController, settleLoading } from '../../controllers/lazy-parts.js';
import { translate } from '../../i18n/translate.js';
import { can, type SessionSummary } from '../../model/index.js';
import type { DetailEntry, SessionStore } from '../../store/index.js';
import { controls, tokens } from '../../themes/tokens.js';
import { ClockController } from './clock-controller.js';
import { RerouteFlow } from './reroute-flow.js';
import { renderRerouteSection } from './reroute-section.js';
import { routingPanelStyles } from './routing-panel.styles.js';
import { t } from './routing-panel.strings.js';
import { renderTimeline } from './routing-timeline.js';
import type { TargetPicker } from './target-picker.js';
import { availabilityStyles } from './availability.styles.js';
import { describeStep, timelineRows } from './timeline-model.js';
import { renderPartFailure } from '../part-failure.js';

// Given only `.adapter`, this element loads the store's code then (see store-factory.ts).
provideStoreLoader(loadStoreCode);

/** Summary fields whose change means the routing history changed on the host. */
function routingSignature(session: SessionSummary | undefined): string {
  if (!session) return '';
  return [session.state, session.acceptedAt ?? '', session.endedAt ?? '', session.group?.id ?? '', session.operators.map((o) => o.id).join(',')].join('|');
}

/** What a re-route needs only once opened: the picker and the review (controllers/lazy-parts.ts). */
const REROUTE_REVIEW = lazyModule(() => import('./reroute-review.js'));

/**
 * The routing history of one session as a timeline (queued, offered, rejected, timed out,
 * accepted, transferred, re-routed), with the current step highlighted and the time spent in
 * each; for live sessions an administrator can re-route the session to an operator or group.
 *
 * Works inside `<session-detail>` (store from context or `.store`) and alone with `session-id`
 * and `.store` or `.adapter`.
 *
 * @summary Routing timeline and manual re-routing of a live session.
 *
 * @fires {CustomEvent<RerouteEventDetail>} sv-reroute-request - Cancelable, before the re-route is sent; `detail: { sessionId, target, idempotencyKey }`.
 *   Call `preventDefault()` to veto or to confirm in the host's own UI.
 * @fires {CustomEvent<RerouteEventDetail>} sv-reroute-done - After the host confirmed the re-route; `detail: { sessionId, target }`.
 *
 * @csspart close-button - Closes the re-route section (shown while no target is chosen).
 * @csspart timeline - The ordered list of steps.
 * @csspart step - One step of the timeline.
 * @csspart step-current - The current (live) or final (ended) step.
 * @csspart step-pending - The "waiting for confirmation" badge of a re-route in flight.
 * @csspart step-ended - The row marking the end of an ended session.
 * @csspart empty - The message shown when no steps were recorded.
 * @csspart reroute - The re-route section.
 * @csspart picker - The operator and group picker.
 *
 * @cssprop --sv-routing-padding - Space around the panel's content (default: the medium space token).
 * @cssprop --sv-routing-line-color - Line joining the steps.
 * @cssprop --sv-routing-current-color - Highlight of the current step.
 */
export class RoutingPanel extends LitElement {
  static override styles = [tokens, controls, availabilityStyles, routingPanelStyles];

  private readonly storeController = new StoreController(this, {
    // The session's summary (its routing moves live), its detail, and targets' availability.
    select: (state) => {
      const id = this.sessionId;
      return id === undefined ? [state.targets] : [state.sessions.get(id), state.details.get(id), state.targets];
    },
  });
  private readonly locale = new LocaleController(this);
  private readonly announcer = new AnnouncerController(this, 2000);
  private readonly clock = new ClockController(this);
  private readonly flow = new RerouteFlow(this);
  /** The picker and the review load when a re-route is first opened. */
  private readonly parts = new LazyPartsController(this);

  // Declared here rather than with decorators: the decorators' code was the only use of it in
  // this element's first paint.
  static override get properties() {
    return {
      sessionId: { attribute: 'session-id', reflect: true },
      store: { attribute: false },
      adapter: { attribute: false },
    };
  }

  /** The session whose routing is shown. */
  sessionId: string | undefined;

  /** A store to read from (otherwise `.adapter`, otherwise the one `<session-view>` provides). */
  store: SessionStore | undefined;

  /** An adapter for standalone use; one store is shared per adapter. */
  adapter: SessionAdapter | undefined;

  private loadedFor: { store: SessionStore; id: string; signature: string } | undefined;
  private loadAbort: AbortController | undefined;
  private knownStepIds = new Set<string>();

  /** The store in use (own, from the adapter, or from context). */
  get activeStore(): SessionStore | undefined {
    return this.storeController.store;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    this.loadedFor = undefined;
  }

  /** Also waits for code loaded on demand: the store's when a host gave only `.adapter`, the picker's. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLoading([this.storeController, this.parts], () => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('adapter')) this.storeController.setSource(this.store, this.adapter);
    if (changed.has('sessionId')) {
      this.knownStepIds = new Set();
      // Each session has its own re-route intent: A's call in flight or outcome never shows on B.
      this.flow.showSession(this.sessionId);
    }
    this.flow.resume(this.activeStore, this.sessionId);
    this.syncDetail();
    // Announced while updating: the region gets the text at once (or after this render, if it is new).
    const entry = this.sessionId ? this.activeStore?.details.get(this.sessionId) : undefined;
    if (entry) this.announceNewSteps(entry);
  }

  /** Loads the detail when the session changes, and again when the host moved the session. */
  private syncDetail(): void {
    const store = this.activeStore;
    const id = this.sessionId;
    if (!store || !id || !this.isConnected) return;
    // The live summary when the store has one, else the loaded detail (a standalone panel's store
    // may not list this session until a live change about it arrives).
    const signature = routingSignature(store.session(id) ?? store.details.get(id)?.detail);
    const previous = this.loadedFor;
    const sameSession = previous?.store === store && previous.id === id;
    if (sameSession) {
      if (!signature || signature === previous.signature) return;
      if (!previous.signature || this.isReroutePending()) {
        // First sight of the session (the load just landed), or our own re-route in flight.
        if (!this.isReroutePending()) previous.signature = signature;
        return;
      }
    }
    this.loadedFor = { store, id, signature };
    this.loadAbort?.abort();
    const controller = new AbortController();
    this.loadAbort = controller;
    // Errors land in the entry (rendered with Retry); an abort means a newer load took over.
    store.details.load(id, { signal: controller.signal, force: sameSession }).catch(() => undefined);
  }

  /** A re-route in flight holds back reloads (the host may not have recorded it yet). */
  private isReroutePending(): boolean {
    return this.flow.pending;
  }

  private retryLoad(): void {
    const store = this.activeStore;
    if (!store || !this.sessionId) return;
    store.details.load(this.sessionId, { force: true }).catch(() => undefined);
  }

  /** Steps the host added while the panel is open are announced (not the ones present at first). */
  private announceNewSteps(entry: DetailEntry): void {
    const steps = entry.detail?.routing ?? [];
    if (steps.length === 0) return;
    const first = this.knownStepIds.size === 0;
    for (const step of steps) {
      if (this.knownStepIds.has(step.id)) continue;
      this.knownStepIds.add(step.id);
      if (!first && step.status !== 'pending') this.announcer.announce(t(this.locale.lang, 'live-step', { step: describeStep(this.locale.lang, step) }));
    }
  }

  /** The re-route section; the base shows why it is read-only. */
  private renderReroute(session: SessionSummary): TemplateResult | typeof nothing {
    const store = this.activeStore!;
    if (!store.capabilities.reroute) return nothing;
    const lang = this.locale.lang;
    if (session.state === 'ended') return html`<p class="note" part="reroute">${t(lang, 'readonly.ended')}</p>`;
    // The capability is present (checked above), so a refusal here is the viewer's role.
    if (!can(store.viewer, store.capabilities, 'reroute')) {
      return html`<p class="note" part="reroute">${t(lang, 'readonly.permission')}</p>`;
    }
    return renderRerouteSection({
      lang,
      store,
      flow: this.flow,
      review: this.flow.expanded ? this.parts.use(REROUTE_REVIEW) : undefined,
      reviewFailure: this.flow.expanded ? renderPartFailure(this.parts, REROUTE_REVIEW, lang) : undefined,
      onExpand: () => void this.onExpand(),
      onChoose: (event) => this.onChoose(event),
      onConfirm: () => void this.onConfirm(),
      onAbandon: () => this.flow.abandon(store, session.id),
      onCancelChoice: () => void this.onCancelChoice(),
      onClose: () => void this.onClose(),
    });
  }

  private async onExpand(): Promise<void> {
    const store = this.activeStore;
    if (!store) return;
    this.flow.expand(store);
    await this.updateComplete;
    // The picker once its code is in; else (its load failed) the section's heading, never <body>.
    (this.renderRoot.querySelector<HTMLElement>('sv-target-picker') ?? this.renderRoot.querySelector<HTMLElement>('#reroute-title'))?.focus();
  }

  /** Cancel in the review undoes the choice only: the user is still re-routing. */
  private async onCancelChoice(): Promise<void> {
    this.flow.choose(undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('sv-target-picker')?.focus();
  }

  private async onClose(): Promise<void> {
    this.flow.collapse();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="reroute-button"]')?.focus();
  }

  private onChoose(event: Event): void {
    this.flow.choose((event.target as TargetPicker).value);
  }

  private async onConfirm(): Promise<void> {
    const store = this.activeStore;
    const sessionId = this.sessionId;
    if (!store || !sessionId) return;
    const intent = this.flow.current;
    await this.flow.confirm(store, sessionId);
    // The user moved to another session meanwhile: its panel says nothing about this one.
    if (!this.flow.isShown(intent)) return;
    const lang = this.locale.lang;
    if (intent.succeeded && !intent.expanded) {
      this.announcer.announce(t(lang, 'done', { target: intent.succeeded }));
      // The picker is gone: keep focus in the panel, on the button that opens it again.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="reroute-button"]')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const lang = this.locale.lang;
    const store = this.activeStore;
    if (!store || !this.sessionId) return html`<p class="sv-status">${t(lang, 'no-session')}</p>${announcerRegion}`;
    const entry = store.details.get(this.sessionId);
    if (!entry?.detail) {
      this.clock.running = false;
      if (entry?.status === 'error') {
        const kind = entry.error?.kind ?? 'unknown';
        return html`<div class="sv-status" role="alert">
            <p class="message">${t(lang, 'load-error')} ${translate(lang, `common.error.${kind}`)}</p>
            ${entry.error?.retryable !== false
              ? html`<button class="sv-button" @click=${this.retryLoad}>${translate(lang, 'common.retry')}</button>`
              : nothing}
          </div>${announcerRegion}`;
      }
      return html`<p class="sv-status" aria-busy="true">${translate(lang, 'common.loading')}</p>${announcerRegion}`;
    }
    const detail = entry.detail;
    const session: SessionSummary = store.session(this.sessionId) ?? detail;
    const live = session.state !== 'ended';
    this.clock.running = live;
    const ctx = this.locale.formatContext(store.viewer);
    const rows = timelineRows(detail.routing, session, ctx.now);
    return html`<div class="panel">
        ${renderTimeline({ rows, lang, ctx, live, endedAt: session.endedAt })} ${this.renderReroute(session)}
      </div>
      ${announcerRegion}`;
  }
}
