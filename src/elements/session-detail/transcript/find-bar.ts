/**
 * The transcript's find bar: the find box (Enter and Shift+Enter move between hits, Escape clears
 * the text before it may close the panel), the "2 of 5" position, and previous/next buttons.
 */
import { html, type TemplateResult } from 'lit';
import { t } from './transcript.strings.js';

export interface FindBarContext {
  lang: string;
  findText: string;
  hitCount: number;
  /** Zero-based, -1 when there is no hit. */
  currentHit: number;
  setFindText(text: string): void;
  previousHit(): void;
  nextHit(): void;
}

export function renderFindBar(ctx: FindBarContext): TemplateResult {
  const { lang, findText, hitCount: total } = ctx;
  const active = findText.trim() !== '' || total > 0;
  const position = total > 0 ? t(lang, 'position', { current: ctx.currentHit + 1, total }) : active && findText ? t(lang, 'noHits') : '';
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) ctx.previousHit();
      else ctx.nextHit();
    } else if (event.key === 'Escape' && findText) {
      // Clear the find text first; a second Esc may close the panel.
      event.stopPropagation();
      ctx.setFindText('');
    }
  };
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${t(lang, 'find')}>
    <input
      class="sv-input"
      type="search"
      aria-label=${t(lang, 'find')}
      placeholder=${t(lang, 'findPlaceholder')}
      .value=${findText}
      @input=${(event: Event) => ctx.setFindText((event.target as HTMLInputElement).value)}
      @keydown=${onKeydown}
    />
    <span class="count">${position}</span>
    <button class="sv-button icon-button" aria-label=${t(lang, 'previous')} ?disabled=${total === 0} @click=${ctx.previousHit}>
      <span aria-hidden="true">↑</span>
    </button>
    <button class="sv-button icon-button" aria-label=${t(lang, 'next')} ?disabled=${total === 0} @click=${ctx.nextHit}>
      <span aria-hidden="true">↓</span>
    </button>
  </div>`;
}
