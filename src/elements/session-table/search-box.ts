import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emitInternal } from '../../events/emit.js';
import { controls, tokens } from '../../themes/tokens.js';
import { tableStrings } from './session-table.strings.js';

/** Detail of `sv-search-change`. */
export interface SearchChangeDetail {
  search: string;
}

/** Indexing progress of the content search (documents searchable of documents known). */
export interface SearchProgressInfo {
  indexed: number;
  total: number;
  complete: boolean;
}

/**
 * The "search in content" box: debounced, with a status that says "Searching…" while the user
 * types or the engine works, the indexing progress while transcripts are still being indexed,
 * and the number of results — or, for a text made only of words too common to search ("the and"),
 * that there was nothing to search.
 *
 * @summary Debounced full-text search box with status.
 * @fires {CustomEvent<SearchChangeDetail>} sv-search-change - The search text settled (after `delay` ms). Cancelable:
 *   `preventDefault()` refuses it and the box shows `value` again.
 * @csspart input - The search field.
 * @csspart status - The status text.
 */
export class SearchBox extends LitElement {
  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-2);
        flex: 1 1 220px;
        min-inline-size: 0;
        max-inline-size: 420px;
      }
      .field {
        position: relative;
        flex: 1 1 auto;
        min-inline-size: 120px;
        display: flex;
      }
      input {
        inline-size: 100%;
      }
      .status {
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
        white-space: nowrap;
      }
    `,
  ];

  private readonly locale = new LocaleController(this);

  /** The search text in effect. */
  @property() value = '';
  /** The engine is searching for `value`. */
  @property({ type: Boolean }) pending = false;
  /** Matching sessions for `value`, when known. */
  @property({ attribute: false }) resultCount: number | undefined;
  /** Indexing progress while transcripts are still being indexed (the count may still grow). */
  @property({ attribute: false }) progress: SearchProgressInfo | undefined;
  /**
   * The words of `value` that were left out as too common; when they were all of it, the status
   * says there was nothing to search instead of a result count (the filters alone chose the rows).
   */
  @property({ attribute: false }) ignoredWords: readonly string[] | undefined;
  /** Debounce in ms. */
  @property({ type: Number }) delay = 250;

  @state() private draft = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The host changed the search (a saved view, "Clear filters"): show it unless the user is typing.
    if (changed.has('value') && this.timer === undefined) this.draft = this.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private commit(text: string, now = false): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const fire = () => {
      this.timer = undefined;
      // Cancelled when the table refused the change (its host vetoed it): show the search in effect.
      if (text !== this.value && !emitInternal<SearchChangeDetail>(this, 'sv-search-change', { search: text }, { cancelable: true })) this.draft = this.value;
      this.requestUpdate();
    };
    if (now) fire();
    else this.timer = setTimeout(fire, this.delay);
  }

  private readonly onInput = (event: Event) => {
    this.draft = (event.target as HTMLInputElement).value;
    this.commit(this.draft);
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') this.commit(this.draft, true);
    else if (event.key === 'Escape' && this.draft !== '') {
      event.stopPropagation();
      this.draft = '';
      this.commit('', true);
    }
  };

  private statusText(): string {
    const lang = this.locale.lang;
    const typing = this.timer !== undefined || this.draft !== this.value;
    if (this.draft.trim() === '') return '';
    if (typing || this.pending) return tableStrings(lang, 'searching');
    const parts: string[] = [];
    if (this.ignoredWords !== undefined) parts.push(tableStrings(lang, 'noSearchableWords', { words: this.ignoredWords.join(', ') }));
    else if (this.resultCount !== undefined) parts.push(tableStrings(lang, 'results', { count: this.resultCount }));
    if (this.progress && !this.progress.complete) {
      parts.push(tableStrings(lang, 'indexing', { done: this.progress.indexed, total: this.progress.total }));
    }
    return parts.join(' · ');
  }

  protected override render() {
    const lang = this.locale.lang;
    const status = this.statusText();
    return html`<div class="field" role="search" aria-label=${tableStrings(lang, 'search')}>
        <input
          class="sv-input"
          part="input"
          type="search"
          aria-label=${tableStrings(lang, 'search')}
          aria-describedby="status"
          placeholder=${tableStrings(lang, 'searchPlaceholder')}
          .value=${this.draft}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        />
      </div>
      <span id="status" class="status" part="status" role="status">${status || nothing}</span>`;
  }
}
