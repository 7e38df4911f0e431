/**
 * The open re-route section of `<routing-panel>`: the target picker, the state of the targets'
 * load, and the review of the chosen target (with a warning and a second confirmation when it is
 * unavailable). Loaded with the picker when a re-route is first opened (reroute-section.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import '../../define/sv-target-picker.js';
import { translate } from '../../i18n/translate.js';
import type { RoutingTarget } from '../../model/index.js';
import { unavailableReason } from './availability.js';
import type { RerouteSectionView } from './reroute-section.js';
import { t } from './routing-panel.strings.js';
import { renderAvailability, renderCapacity, renderUnavailable } from './target-info.js';

function renderTargetsState(view: RerouteSectionView): TemplateResult | typeof nothing {
  const { flow, lang } = view;
  if (flow.targetsStatus === 'loading') return html`<p class="note" aria-busy="true">${t(lang, 'picker.loading')}</p>`;
  if (flow.targetsStatus !== 'error') return nothing;
  return html`<div role="alert" class="message error">
    ${t(lang, 'picker.error')} ${translate(lang, `common.error.${flow.targetsError?.kind ?? 'unknown'}`)}
    <button class="sv-button" @click=${() => void flow.loadTargets(view.store)}>${translate(lang, 'common.retry')}</button>
  </div>`;
}

function renderReview(view: RerouteSectionView, target: RoutingTarget): TemplateResult {
  const { flow, lang } = view;
  const reason = unavailableReason(target);
  const warn = flow.warned && reason !== undefined;
  let label = t(lang, 'confirm.submit');
  if (flow.pending) label = t(lang, 'pending', { target: target.name });
  else if (warn) label = t(lang, 'confirm.anyway');
  return html`<div class="review" part="review">
    <p>${t(lang, 'confirm.question', { target: target.name })}</p>
    <p class="target-info">${renderAvailability(lang, target)} ${renderCapacity(lang, target)} ${renderUnavailable(lang, target)}</p>
    ${warn ? html`<p class="warning" role="alert">${t(lang, 'confirm.warning', { target: target.name, reason: t(lang, `reason.${reason}`) })}</p>` : nothing}
    <div class="actions">
      <button
        class="sv-button ${warn ? 'danger' : 'primary'}"
        part="confirm-button"
        aria-disabled=${flow.pending ? 'true' : 'false'}
        @click=${view.onConfirm}
      >
        ${label}
      </button>
      ${flow.pending
        ? html`<button class="sv-button" part="abandon-button" @click=${view.onAbandon}>${t(lang, 'abandon')}</button>`
        : html`<button class="sv-button" part="cancel-button" @click=${view.onCancelChoice}>${translate(lang, 'common.cancel')}</button>`}
    </div>
  </div>`;
}

/** The open section; `outcome` is the last re-route's result, rendered by the section. */
export function renderOpenReroute(view: RerouteSectionView, outcome: TemplateResult | typeof nothing): TemplateResult {
  const { flow, lang, store } = view;
  const chosen = flow.targetId ? store.targets.get(flow.targetId) : undefined;
  return html`<section class="reroute" part="reroute" aria-labelledby="reroute-title">
    <p class="section-title" id="reroute-title">${t(lang, 'reroute.heading')}</p>
    ${renderTargetsState(view)}
    <sv-target-picker
      part="picker"
      .targets=${flow.targets(store)}
      .value=${flow.targetId}
      ?disabled=${flow.pending}
      @change=${view.onChoose}
    ></sv-target-picker>
    ${chosen
      ? renderReview(view, chosen)
      : html`<div class="actions">
          <button class="sv-button" part="close-button" @click=${view.onClose}>${translate(lang, 'common.close')}</button>
        </div>`}
    ${outcome}
  </section>`;
}
