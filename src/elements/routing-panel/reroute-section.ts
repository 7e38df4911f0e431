/**
 * Renders the re-route section of `<routing-panel>`: the "Re-route…" button and the outcome. The
 * open section — target picker, review of the chosen target — is in reroute-review.ts, loaded when
 * a re-route is first opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../../i18n/translate.js';
import type { SessionStore } from '../../store/index.js';
import type { RerouteFlow } from './reroute-flow.js';
import type * as RerouteReview from './reroute-review.js';
import { t } from './routing-panel.strings.js';

export interface RerouteSectionView {
  lang: string;
  store: SessionStore;
  flow: RerouteFlow;
  /** The open section's code (picker and review), once loaded: it loads when a re-route is first opened. */
  review: typeof RerouteReview | undefined;
  /** The open section's code could not be loaded: an alert with Retry (see part-failure.ts). */
  reviewFailure: TemplateResult | undefined;
  onExpand: () => void;
  onChoose: (event: Event) => void;
  onConfirm: () => void;
  /** Stops waiting for the re-route in flight (its outcome becomes unknown). */
  onAbandon: () => void;
  /** The review's Cancel: back to the picker, nothing chosen. */
  onCancelChoice: () => void;
  /** Closes the whole re-route section. */
  onClose: () => void;
}

function renderOutcome(view: RerouteSectionView): TemplateResult | typeof nothing {
  const { flow, lang } = view;
  if (flow.failure?.unknown) {
    return html`<p class="message error" role="alert" part="error">${t(lang, 'outcomeUnknown', { target: flow.failure.targetName })}</p>`;
  }
  if (flow.failure) {
    const reason = translate(lang, `common.error.${flow.failure.kind}`);
    return html`<p class="message error" role="alert" part="error">${t(lang, 'failed', { target: flow.failure.targetName, reason })}</p>`;
  }
  if (flow.succeeded) return html`<p class="message success" part="success">${t(lang, 'done', { target: flow.succeeded })}</p>`;
  return nothing;
}

export function renderRerouteSection(view: RerouteSectionView): TemplateResult {
  const { flow, lang } = view;
  if (!flow.expanded) {
    return html`<section class="reroute" part="reroute">
      ${renderOutcome(view)}
      <div class="actions">
        <button class="sv-button" part="reroute-button" @click=${view.onExpand}>${t(lang, 'reroute.open')}</button>
      </div>
    </section>`;
  }
  // The picker and the review load on first opening (reroute-review.ts); until then, a busy status.
  if (view.review) return view.review.renderOpenReroute(view, renderOutcome(view));
  // The heading takes the focus the Re-route… button had; Close stays, so the user is never stuck.
  return html`<section class="reroute" part="reroute" aria-labelledby="reroute-title">
    <p class="section-title" id="reroute-title" tabindex="-1">${t(lang, 'reroute.heading')}</p>
    ${view.reviewFailure ?? html`<p class="message" role="status" aria-busy="true">${translate(lang, 'common.loading')}</p>`}
    ${renderOutcome(view)}
    <div class="actions"><button class="sv-button" @click=${view.onClose}>${translate(lang, 'common.close')}</button></div>
  </section>`;
}
