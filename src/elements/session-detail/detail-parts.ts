/**
 * What `<session-detail>` loads on first use (controllers/lazy-parts.ts): the header's actions
 * (with their dialogs), each tab's element, the transcript included (with @lit-labs/virtualizer),
 * the docked player, and the transcript's masking (the redaction engine). A host importing
 * `session-view/session-detail.js` or `all.js` pays up front for the panel only; the transcript
 * and the actions start loading with the first session, alongside its data, so the transcript
 * is usually there when the session is.
 */
import { html, type TemplateResult } from 'lit';
import { translate } from '../../i18n/index.js';
import { lazyElement, lazyModule, type LazyPart, type LazyPartsController } from '../../controllers/lazy-parts.js';
import { renderPartFailure } from '../part-failure.js';

export const DETAIL_PARTS = {
  transcript: lazyElement('sv-transcript', () => import('../../define/sv-transcript.js')),
  ban: lazyElement('sv-ban-control', () => import('../../define/sv-ban-control.js')),
  contact: lazyElement('sv-contact-client', () => import('../../define/sv-contact-client.js')),
  info: lazyElement('sv-session-info', () => import('../../define/sv-session-info.js')),
  parameters: lazyElement('sv-session-parameters', () => import('../../define/sv-session-parameters.js')),
  notes: lazyElement('sv-session-notes', () => import('../../define/sv-session-notes.js')),
  routing: lazyElement('routing-panel', () => import('../../define/routing-panel.js')),
  recordings: lazyElement('recording-player', () => import('../../define/recording-player.js')),
  linkedTranscript: lazyElement('sv-linked-transcript', () => import('../../define/sv-linked-transcript.js')),
  masking: lazyModule(() => import('./transcript/mask-transcript.js')),
};

/**
 * Where a part will be while its code loads: announced as busy, never a blank panel; if the load
 * failed, an alert with Retry.
 */
export function renderPartPending(parts: LazyPartsController, part: LazyPart<unknown>, lang: string): TemplateResult {
  return (
    renderPartFailure(parts, part, lang) ??
    html`<div class="state" role="status" aria-busy="true" data-state="loading-part"><p class="sv-status">${translate(lang, 'common.loading')}</p></div>`
  );
}
