/** The availability badge and load line of an operator or group, shared by the picker and the review. */
import { html, nothing, type TemplateResult } from 'lit';
import { translate } from '../../i18n/translate.js';
import type { RoutingTarget } from '../../model/index.js';
import { unavailableReason } from './availability.js';
import { t } from './routing-panel.strings.js';

/** "Online", "Busy", … as text next to a coloured dot (never colour alone). */
export function renderAvailability(lang: string, target: RoutingTarget): TemplateResult {
  return html`<span class="availability availability-${target.availability}" part="availability">
    <span class="availability-dot" aria-hidden="true"></span>${translate(lang, `availability.${target.availability}`)}
  </span>`;
}

/** "Load 2/4" for operators; "2 of 6 members available · 3 in queue" for groups. */
export function renderCapacity(lang: string, target: RoutingTarget): TemplateResult {
  if (target.kind === 'operator') {
    return html`<span class="capacity">${t(lang, 'load', { load: target.load, capacity: target.capacity })}</span>`;
  }
  return html`<span class="capacity">${t(lang, 'members', { available: target.availableMembers, total: target.memberCount })}</span>
    <span class="capacity">${t(lang, 'queue', { count: target.queueLength })}</span>`;
}

/** "Unavailable: offline", or nothing for a target that can take the session. */
export function renderUnavailable(lang: string, target: RoutingTarget): TemplateResult | typeof nothing {
  const reason = unavailableReason(target);
  if (!reason) return nothing;
  return html`<span class="unavailable" part="unavailable">${t(lang, 'unavailable')}: ${t(lang, `reason.${reason}`)}</span>`;
}
