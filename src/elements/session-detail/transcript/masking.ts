/**
 * Masking of personal data in the transcript for the roles a host chooses (e.g. operators see
 * card numbers as `[card •••• 4242]`), with a per-session "Show" for roles allowed to reveal.
 * The same redaction as the exports; the transcript only ever receives masked messages, so
 * find-in-transcript cannot reach a hidden value either. The status line is a live region, so
 * hiding and showing are announced. The masking itself (the redaction engine) is in
 * mask-transcript.ts, loaded on first use: only hosts that mask pay for it.
 */
import { css, html, nothing } from 'lit';
import type { RedactionPattern } from '../../../engine/redact/index.js';
import type { Role } from '../../../model/index.js';
import { t } from './masking.strings.js';

export interface TranscriptMasking {
  /** Roles that see the transcript masked. */
  roles: readonly Role[];
  /** Roles that may reveal one session's personal data with "Show" (default: none). */
  revealRoles?: readonly Role[];
  /** Kinds to hide (default: every built-in kind and every pattern). */
  kinds?: readonly string[];
  /** The host's own patterns, as for the exports. */
  patterns?: readonly RedactionPattern[];
}

export function masksFor(masking: TranscriptMasking | undefined, role: Role | undefined): { mask: boolean; canReveal: boolean } {
  const mask = !!masking && !!role && masking.roles.includes(role);
  return { mask, canReveal: mask && !!masking.revealRoles?.includes(role) };
}

export interface MaskBarInput {
  lang: string;
  hidden: number;
  revealed: boolean;
  canReveal: boolean;
  toggle(): void;
}

export function renderMaskBar({ lang, hidden, revealed, canReveal, toggle }: MaskBarInput) {
  const status = revealed ? t(lang, 'shown') : hidden === 0 ? t(lang, 'none') : t(lang, 'hidden', { count: hidden });
  return html`<div class="masking" part="masking">
    <p class="masking-status" role="status">${status}</p>
    ${canReveal && (hidden > 0 || revealed)
      ? html`<button type="button" class="sv-button" aria-pressed=${revealed ? 'true' : 'false'} @click=${toggle}>${t(lang, 'show')}</button>`
      : nothing}
  </div>`;
}

/** Added to `<session-detail>`'s styles (the bar renders in its shadow root). */
export const maskingStyles = css`
  .masking {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding: var(--_space-1) var(--_space-3);
    border-block-end: 1px solid var(--_border);
  }
  .masking-status {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
`;
