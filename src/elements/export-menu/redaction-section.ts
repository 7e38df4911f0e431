/**
 * The "Hide personal data" fieldset of the export menu: one checkbox per kind (built-in and the
 * host's patterns) and the live preview count, announced politely as it changes.
 */
import { html } from 'lit';
import { REDACTION_KINDS } from '../../engine/redact/kinds.js';
import type { RedactionPattern } from '../../engine/redact/index.js';
import { t } from './export-menu.strings.js';
import type { PreviewState } from './redaction-preview.js';

export interface RedactionSectionInput {
  lang: string;
  patterns: readonly RedactionPattern[];
  chosen: ReadonlySet<string>;
  preview: PreviewState;
  toggle(kind: string, on: boolean): void;
}

/** "312 e-mail addresses, 41 card numbers will be hidden." for the chosen kinds. */
export function previewText(lang: string, state: PreviewState, chosen: ReadonlySet<string>, patterns: readonly RedactionPattern[]): string {
  if (chosen.size === 0) return t(lang, 'menu.redactOff');
  if (state.kind === 'failed') return t(lang, 'menu.redactFailed', { message: state.message });
  if (state.kind === 'deferred') return t(lang, 'menu.redactLater');
  if (state.kind !== 'counted') return t(lang, 'menu.redactCounting');
  const counts = state.report.counts;
  const items: string[] = [];
  for (const kind of REDACTION_KINDS) {
    const count = counts[kind];
    if (chosen.has(kind) && count) items.push(t(lang, `menu.redactCount.${kind}`, { count }));
  }
  for (const pattern of patterns) {
    const count = counts[pattern.id];
    if (chosen.has(pattern.id) && count) items.push(t(lang, 'menu.redactCount.host', { label: pattern.label, count }));
  }
  return items.length === 0 ? t(lang, 'menu.redactNothingFound') : t(lang, 'menu.redactPreview', { items: items.join(', ') });
}

export function renderRedactionSection({ lang, patterns, chosen, preview, toggle }: RedactionSectionInput) {
  const kinds: Array<[string, string]> = [
    ...REDACTION_KINDS.map((kind): [string, string] => [kind, t(lang, `menu.redact.${kind}`)]),
    ...patterns.map((pattern): [string, string] => [pattern.id, pattern.label]),
  ];
  return html`<fieldset class="redact" part="redaction" aria-describedby="redact-hint">
    <legend>${t(lang, 'menu.redact')}</legend>
    <p class="hint" id="redact-hint">${t(lang, 'menu.redactHint')}</p>
    <ul class="choices kinds">
      ${kinds.map(
        ([id, label]) => html`<li>
          <label><input type="checkbox" name="redact" value=${id} .checked=${chosen.has(id)} @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} /> ${label}</label>
        </li>`,
      )}
    </ul>
    <p class="preview" id="redact-preview" role="status" aria-busy=${preview.kind === 'counting' && chosen.size > 0 ? 'true' : 'false'}>
      ${previewText(lang, preview, chosen, patterns)}
    </p>
  </fieldset>`;
}
