/**
 * What an element shows where a part loaded on first use (controllers/lazy-parts.ts) could not
 * be loaded — offline, or a new deploy removed the old chunk: an alert that says so and a Retry
 * that loads it again, instead of a loading state that never ends.
 */
import { html, type TemplateResult } from 'lit';
import type { LazyPart, LazyPartsController } from '../controllers/lazy-parts.js';
import { translate } from '../i18n/translate.js';
import '../i18n/common.strings.js';

/** The failure of `part`, or `undefined` while it is loading or loaded. */
export function renderPartFailure(parts: LazyPartsController, part: LazyPart<unknown>, lang: string): TemplateResult | undefined {
  if (!parts.failed(part)) return undefined;
  return html`<div class="state" role="alert" data-state="part-failed">
    <p class="sv-status">${translate(lang, 'common.partFailed')}</p>
    <button type="button" class="sv-button" @click=${() => parts.retry(part)}>${translate(lang, 'common.retry')}</button>
  </div>`;
}
