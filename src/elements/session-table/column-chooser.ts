import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emitInternal } from '../../events/emit.js';
import { BASIC_COLUMN_IDS, columnById, COLUMNS } from '../../model/index.js';
import { foldText } from '../../engine/search/normalize.js';
import { controls, tokens } from '../../themes/tokens.js';
import { FloatingController, type PopoverCloseDetail } from './floating.js';
import { chooserText } from './column-chooser.strings.js';
import { floatingHostStyles, popoverStyles } from './popover.styles.js';

/** Detail of `sv-columns-change`. */
export interface ColumnsChangeDetail {
  /** Visible column ids in display order. */
  columns: string[];
}

/** Moves `id` to `index` in `ids` (pure; used by drag, keyboard and buttons). */
export function moveColumn(ids: readonly string[], id: string, index: number): string[] {
  const without = ids.filter((other) => other !== id);
  const target = Math.max(0, Math.min(without.length, index));
  return [...without.slice(0, target), id, ...without.slice(target)];
}

/**
 * The column chooser: every column (basic ones shown by default, all others listed), a search,
 * show/hide checkboxes, reordering by drag, by the move buttons and by Alt+ArrowUp/Down, and
 * "reset to basic". It floats next to its anchor and closes on Escape or an outside click.
 *
 * @summary Choose, order and reset a table's columns.
 * @fires {CustomEvent<ColumnsChangeDetail>} sv-columns-change - The visible columns or their order changed.
 * @fires close - The chooser closed (Escape, outside click); focus should return to the opener.
 * @csspart panel - The floating panel.
 */
export class ColumnChooser extends LitElement {
  static override styles = [tokens, controls, floatingHostStyles, popoverStyles];

  private readonly locale = new LocaleController(this);
  private readonly floating = new FloatingController(this, (reason) => this.close(reason !== 'focus-left'));

  /** Visible column ids in order. */
  @property({ attribute: false }) columns: readonly string[] = BASIC_COLUMN_IDS;
  /** Every column that can be shown (catalogue plus the host's parameter columns). */
  @property({ attribute: false }) available: readonly string[] = COLUMNS.map((column) => column.id);
  /** The panel is shown; it sets itself back to false when it closes. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The element the panel is placed next to. */
  @property({ attribute: false }) anchor: Element | undefined;

  @state() private query = '';
  @state() private announcement = '';
  private dragged: string | undefined;

  /** Closes the panel; `returnFocus` false when focus already moved elsewhere (the table leaves it there). */
  close(returnFocus = true): void {
    if (!this.open) return;
    this.open = false;
    // Internal: heard only by the table that rendered the popover.
    this.dispatchEvent(new CustomEvent<PopoverCloseDetail>('close', { detail: { returnFocus } }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') && !changed.has('anchor')) return;
    if (this.open && this.anchor) {
      this.floating.start(this.anchor);
      if (changed.has('open')) this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    } else {
      this.floating.stop();
    }
  }

  private label(id: string): string {
    const column = columnById(id);
    return column?.label ?? this.locale.translate(column?.labelKey ?? id);
  }

  private change(columns: string[], focusId?: string): void {
    this.columns = columns;
    emitInternal<ColumnsChangeDetail>(this, 'sv-columns-change', { columns });
    if (focusId) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`input[data-id="${CSS.escape(focusId)}"]`)?.focus());
    }
  }

  private toggle(id: string, show: boolean): void {
    if (show) this.change([...this.columns, id], id);
    else if (this.columns.length > 1) this.change(this.columns.filter((other) => other !== id), id);
  }

  private move(id: string, delta: number): void {
    const index = this.columns.indexOf(id);
    if (index < 0) return;
    const next = moveColumn(this.columns, id, index + delta);
    if (next.indexOf(id) === index) return;
    this.change(next, id);
    this.announcement = chooserText(this.locale.lang, 'moved', { column: this.label(id), position: next.indexOf(id) + 1 });
  }

  private readonly onItemKeyDown = (event: KeyboardEvent) => {
    const id = (event.target as HTMLElement).dataset['id'];
    if (!id || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.move(id, event.key === 'ArrowUp' ? -1 : 1);
  };

  private readonly onDrop = (event: DragEvent) => {
    event.preventDefault();
    const target = (event.target as Element).closest<HTMLElement>('li[data-id]')?.dataset['id'];
    const dragged = this.dragged;
    this.dragged = undefined;
    if (!dragged || !target || dragged === target) return;
    this.change(moveColumn(this.columns, dragged, this.columns.indexOf(target)));
  };

  private matchesQuery(id: string): boolean {
    const needle = foldText(this.query.trim());
    return needle === '' || foldText(this.label(id)).includes(needle);
  }

  /**
   * Items are keyed by column id and the box is bound with `live`: a ticked box leaves its list,
   * and a reused node must never keep the tick the user gave another column.
   */
  private renderItem(id: string, shown: boolean, index: number) {
    const lang = this.locale.lang;
    const label = this.label(id);
    return html`<li
      data-id=${id}
      draggable=${shown ? 'true' : 'false'}
      @dragstart=${(event: DragEvent) => {
        this.dragged = id;
        event.dataTransfer?.setData('text/plain', id);
      }}
    >
      <label>
        <input
          type="checkbox"
          data-id=${id}
          .checked=${live(shown)}
          ?disabled=${shown && this.columns.length === 1}
          aria-describedby=${shown ? 'reorder-help' : nothing}
          @change=${(event: Event) => this.toggle(id, (event.target as HTMLInputElement).checked)}
          @keydown=${shown ? this.onItemKeyDown : nothing}
        />
        <span>${label}</span>
      </label>
      ${shown
        ? html`<span class="moves">
            <button class="icon" ?disabled=${index === 0} aria-label=${chooserText(lang, 'moveUp', { column: label })} @click=${() => this.move(id, -1)}>↑</button>
            <button class="icon" ?disabled=${index === this.columns.length - 1} aria-label=${chooserText(lang, 'moveDown', { column: label })} @click=${() => this.move(id, 1)}>↓</button>
          </span>`
        : nothing}
    </li>`;
  }

  protected override render() {
    if (!this.open) return nothing;
    const lang = this.locale.lang;
    const shown = new Set(this.columns);
    const hidden = this.available.filter((id) => !shown.has(id) && this.matchesQuery(id));
    hidden.sort((a, b) => this.label(a).localeCompare(this.label(b), lang));
    return html`<div class="panel" part="panel" role="dialog" aria-label=${chooserText(lang, 'columnsTitle')}>
      <input
        class="sv-input"
        type="search"
        aria-label=${chooserText(lang, 'searchColumns')}
        placeholder=${chooserText(lang, 'searchColumns')}
        .value=${this.query}
        @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      />
      <p id="reorder-help" class="hint">${chooserText(lang, 'reorderHelp')}</p>
      <div class="scroll">
        <h3 id="shown-title">${chooserText(lang, 'shown')}</h3>
        <ul aria-labelledby="shown-title" @dragover=${(event: DragEvent) => event.preventDefault()} @drop=${this.onDrop}>
          ${repeat(
            this.columns.map((id, index) => ({ id, index })).filter(({ id }) => this.matchesQuery(id)),
            ({ id }) => id,
            ({ id, index }) => this.renderItem(id, true, index),
          )}
        </ul>
        <h3 id="hidden-title">${chooserText(lang, 'hidden')}</h3>
        <ul aria-labelledby="hidden-title">
          ${repeat(hidden, (id) => id, (id, index) => this.renderItem(id, false, index))}
        </ul>
      </div>
      <div class="actions">
        <button class="sv-button" @click=${() => this.change([...BASIC_COLUMN_IDS])}>${chooserText(lang, 'resetColumns')}</button>
      </div>
      <div class="sv-visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

