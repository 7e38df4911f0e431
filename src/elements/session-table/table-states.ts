/**
 * What the table shows besides rows: loading, streaming progress, empty, error, no permission and
 * the invalid-records banner. Decided from the store in one place so every state is testable.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionViewError } from '../../adapter/index.js';
import type { Translate } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { tableStrings } from './session-table.strings.js';

export type TableState =
  | { kind: 'loading' }
  | { kind: 'rows' }
  | { kind: 'empty'; filtered: boolean; live: boolean }
  | { kind: 'error'; error: SessionViewError | undefined }
  | { kind: 'forbidden' };

export function isFiltered(store: SessionStore): boolean {
  return Object.keys(store.query.filters).length > 0 || store.query.search.trim() !== '';
}

export function tableStateOf(store: SessionStore): TableState {
  if (store.status === 'error' && store.error?.kind === 'forbidden') return { kind: 'forbidden' };
  if (store.view.length > 0) return { kind: 'rows' };
  if (store.status === 'error') return { kind: 'error', error: store.error };
  if (store.status === 'ready') return { kind: 'empty', filtered: isFiltered(store), live: store.query.mode === 'live' };
  return { kind: 'loading' };
}

export interface StateActions {
  retry(): void;
  clearFilters(): void;
}

/** The message shown instead of rows (nothing while there are rows). */
export function renderStateBlock(state: TableState, lang: string, t: Translate, actions: StateActions): TemplateResult | typeof nothing {
  switch (state.kind) {
    case 'rows':
      return nothing;
    case 'loading':
      return html`<p class="sv-visually-hidden" role="status">${tableStrings(lang, 'loading')}</p>`;
    case 'empty':
      return html`<div class="state" part="state" role="status">
        <p>${tableStrings(lang, state.filtered ? 'emptyFiltered' : state.live ? 'emptyLive' : 'empty')}</p>
        ${state.filtered ? html`<button class="sv-button" @click=${actions.clearFilters}>${tableStrings(lang, 'clearFilters')}</button>` : nothing}
      </div>`;
    case 'forbidden':
      return html`<div class="state" part="state" role="alert"><p>${tableStrings(lang, 'forbidden')}</p></div>`;
    case 'error':
      return html`<div class="state" part="state" role="alert">
        <p><strong>${tableStrings(lang, 'errorTitle')}</strong> ${t(`common.error.${state.error?.kind ?? 'unknown'}`)}</p>
        ${state.error?.retryable !== false ? html`<button class="sv-button primary" @click=${actions.retry}>${t('common.retry')}</button>` : nothing}
      </div>`;
  }
}

/** Thin banners above the grid: streaming progress, a failed later page, invalid records. */
export function renderBanners(store: SessionStore, lang: string, t: Translate, actions: StateActions): TemplateResult {
  const streaming = store.status === 'loading' && store.view.length > 0;
  const failedWithRows = store.status === 'error' && store.view.length > 0 && store.error?.kind !== 'forbidden';
  return html`${streaming
      ? html`<div class="banner" part="progress" role="status">
          ${store.total !== undefined
            ? tableStrings(lang, 'progress', { loaded: store.loaded, total: store.total })
            : tableStrings(lang, 'progressUnknown', { loaded: store.loaded })}
        </div>`
      : nothing}
    ${failedWithRows
      ? html`<div class="banner danger" role="alert">
          <span>${tableStrings(lang, 'errorTitle')} ${t(`common.error.${store.error?.kind ?? 'unknown'}`)}</span>
          ${store.error?.retryable ? html`<button class="sv-button" @click=${actions.retry}>${t('common.retry')}</button>` : nothing}
        </div>`
      : nothing}
    ${store.invalid.length > 0
      ? html`<div class="banner warning" part="invalid-banner" role="status">${tableStrings(lang, 'invalid', { count: store.invalid.length })}</div>`
      : nothing}`;
}
