/**
 * What `<session-detail>` shows instead of a session: loading, not found, forbidden, a failed load
 * (with Retry), no session chosen, no store. Each is announced the way its urgency asks: a status
 * while loading, an alert when something went wrong.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionViewError } from '../../adapter/index.js';
import { translate } from '../../i18n/index.js';
import { t } from './session-detail.strings.js';

export type DetailState = 'loading' | 'not-found' | 'forbidden' | 'error' | 'empty' | 'no-store';

export interface DetailStateContext {
  lang: string;
  /** Why the load failed (state `error`). */
  error?: SessionViewError;
  close(): void;
  reload(): void;
}

/** The panel's close button (also in the header of a shown session). */
export function renderCloseButton(lang: string, close: () => void): TemplateResult {
  return html`<button class="sv-button icon-button" data-action="close" aria-label=${t(lang, 'close')} @click=${close}>
    <span aria-hidden="true">✕</span>
  </button>`;
}

export function renderDetailState(kind: DetailState, { lang, error, close, reload }: DetailStateContext): TemplateResult {
  switch (kind) {
    case 'loading':
      return html`<div class="state" role="status" aria-busy="true" data-state="loading"><p class="sv-status">${t(lang, 'loading')}</p></div>`;
    case 'not-found':
      return html`<div class="state" data-state="not-found"><p class="sv-status" role="alert">${t(lang, 'notFound')}</p>${renderCloseButton(lang, close)}</div>`;
    case 'forbidden':
      return html`<div class="state" data-state="forbidden"><p class="sv-status" role="alert">${t(lang, 'forbidden')}</p>${renderCloseButton(lang, close)}</div>`;
    case 'error':
      return html`<div class="state" data-state="error">
        <p class="sv-status" role="alert">${t(lang, 'error')} ${error ? translate(lang, `common.error.${error.kind}`) : nothing}</p>
        <button class="sv-button primary" @click=${reload}>${translate(lang, 'common.retry')}</button>
      </div>`;
    case 'empty':
      return html`<div class="state" data-state="empty"><p class="sv-status">${t(lang, 'noSession')}</p></div>`;
    default:
      return html`<div class="state" data-state="no-store"><p class="sv-status" role="alert">${t(lang, 'noStore')}</p></div>`;
  }
}
