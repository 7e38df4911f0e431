import { css, html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SessionParameters } from '../../../model/index.js';
import { foldText } from '../../../engine/search/normalize.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { t } from './session-parameters.strings.js';

/**
 * The host-defined parameters of a session as a name/value table with a filter box
 * (case- and diacritics-insensitive, on names and values).
 *
 * @summary Filterable key/value table of session parameters.
 * @csspart filter - The filter input.
 * @csspart table - The table.
 */
export class SessionParametersTable extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        padding: var(--_space-3);
        gap: var(--_space-2);
      }
      .bar {
        display: flex;
        align-items: center;
        gap: var(--_space-2);
      }
      input {
        flex: 1;
      }
      .count {
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .scroll {
        overflow: auto;
        min-height: 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: start;
        padding: var(--_space-1) var(--_space-2);
        border-block-end: 1px solid var(--_border);
        vertical-align: top;
        overflow-wrap: anywhere;
      }
      thead th {
        color: var(--_fg-muted);
        font-weight: 600;
      }
      tbody th {
        font-weight: 500;
        font-family: ui-monospace, monospace;
      }
    `,
  ];

  private readonly locale = new LocaleController(this);

  /** The parameters (untrusted text, shown as text). */
  @property({ attribute: false }) parameters: SessionParameters = {};

  @state() private filterText = '';

  /** The rows the filter lets through, sorted by name. */
  get visibleEntries(): Array<[string, string]> {
    const needle = foldText(this.filterText.trim());
    return Object.entries(this.parameters)
      .filter(([name, value]) => needle === '' || foldText(name).includes(needle) || foldText(String(value)).includes(needle))
      .sort(([a], [b]) => a.localeCompare(b, this.locale.lang));
  }

  override render() {
    const lang = this.locale.lang;
    const total = Object.keys(this.parameters).length;
    if (total === 0) return html`<p class="sv-status">${t(lang, 'empty')}</p>`;
    const rows = this.visibleEntries;
    return html`<div class="bar">
        <input
          class="sv-input"
          part="filter"
          type="search"
          aria-label=${t(lang, 'filter')}
          placeholder=${t(lang, 'filterPlaceholder')}
          .value=${this.filterText}
          @input=${(event: Event) => (this.filterText = (event.target as HTMLInputElement).value)}
        />
        <span class="count" role="status">${t(lang, 'count', { shown: rows.length, total })}</span>
      </div>
      <div class="scroll">
        <table part="table">
          <caption class="sv-visually-hidden">${t(lang, 'caption')}</caption>
          <thead>
            <tr><th scope="col">${t(lang, 'name')}</th><th scope="col">${t(lang, 'value')}</th></tr>
          </thead>
          <tbody>
            ${rows.map(([name, value]) => html`<tr><th scope="row">${name}</th><td>${value}</td></tr>`)}
          </tbody>
        </table>
        ${rows.length === 0 ? html`<p class="sv-status">${t(lang, 'noMatch', { text: this.filterText.trim() })}</p>` : nothing}
      </div>`;
  }
}
