import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emitInternal } from '../../events/emit.js';
import { foldText } from '../../engine/search/normalize.js';
import type { ValueListEntry } from '../../engine/query/index.js';
import { columnById, TEXT_OPERATORS, TIME_PRESETS as PRESETS, type ColumnFilter, type TextOperator } from '../../model/index.js';
import { controls, tokens } from '../../themes/tokens.js';
import { FloatingController, type PopoverCloseDetail } from './floating.js';
import { filterText } from './filter-popover.strings.js';
import { partStrings } from './parts.strings.js';
import { floatingHostStyles, popoverStyles } from './popover.styles.js';
import { isMinutesColumn } from './filter-describe.js';
import { dateTimeFieldExample, formatDateTimeField, parseDateTimeField } from './locale-date-field.js';

/** Detail of `sv-filter-change`: the column's new filter, `undefined` to remove it. */
export interface FilterChangeDetail {
  column: string;
  filter: ColumnFilter | undefined;
}

/** Long value lists (client names) render this many matches; the search narrows the rest. */
const MAX_LISTED_VALUES = 200;

/**
 * A column's filter in a floating panel: a searchable checkbox list of values with counts, time
 * presets and a custom range, text conditions, number ranges or yes/no, by the column's kind.
 * Every change applies at once; Escape or a click outside closes it.
 *
 * @summary Header filter popover for one column.
 * @fires {CustomEvent<FilterChangeDetail>} sv-filter-change - The column's filter changed.
 * @fires close - The popover closed; focus should return to the header.
 * @csspart panel - The floating panel.
 */
export class FilterPopover extends LitElement {
  static override styles = [tokens, controls, floatingHostStyles, popoverStyles];

  private readonly locale = new LocaleController(this);
  private readonly floating = new FloatingController(this, (reason) => this.close(reason !== 'focus-left'));

  /** The panel is shown; it sets itself back to false when it closes. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The element the panel is placed next to (the column header's filter button). */
  @property({ attribute: false }) anchor: Element | undefined;
  /** Column id. */
  @property() column = '';
  /** The column's current filter. */
  @property({ attribute: false }) filter: ColumnFilter | undefined;
  /** For value filters: the values with counts. */
  @property({ attribute: false }) values: readonly ValueListEntry[] = [];
  /** Time zone for the custom range fields (the viewer's). */
  @property({ attribute: false }) timeZone: string | undefined;
  /** Locale of the custom range fields (the viewer's); the UI language when absent. */
  @property({ attribute: false }) dateLocale: string | undefined;

  @state() private valueQuery = '';
  /**
   * The text condition chosen here. An operator with no value yet filters nothing, so the
   * column's filter stays empty: the choice lives here until the user types.
   */
  @state() private textOp: TextOperator | undefined;
  /** The custom-range field whose text is not a date. */
  @state() private invalidEdge: 'from' | 'to' | undefined;
  private textTimer: ReturnType<typeof setTimeout> | undefined;

  /** Closes the panel; `returnFocus` false when focus already moved elsewhere (the table leaves it there). */
  close(returnFocus = true): void {
    if (!this.open) return;
    this.open = false;
    clearTimeout(this.textTimer);
    // Internal: heard only by the table that rendered the popover.
    this.dispatchEvent(new CustomEvent<PopoverCloseDetail>('close', { detail: { returnFocus } }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('column')) this.valueQuery = '';
    if (changed.has('column') || (changed.has('open') && this.open)) this.textOp = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open') && !changed.has('anchor')) return;
    if (this.open && this.anchor) {
      this.floating.start(this.anchor);
      if (changed.has('open')) this.renderRoot.querySelector<HTMLElement>('input, select, button')?.focus();
    } else {
      this.floating.stop();
    }
  }

  private set(filter: ColumnFilter | undefined): void {
    this.filter = filter;
    emitInternal<FilterChangeDetail>(this, 'sv-filter-change', { column: this.column, filter });
  }

  // ---- values ----------------------------------------------------------------------------

  private selectedValues(): string[] {
    return this.filter?.kind === 'values' ? this.filter.values : [];
  }

  private toggleValue(key: string, on: boolean): void {
    const current = this.selectedValues();
    const values = on ? [...current, key] : current.filter((value) => value !== key);
    this.set(values.length > 0 ? { kind: 'values', values } : undefined);
  }

  private renderValues(): TemplateResult {
    const lang = this.locale.lang;
    const needle = foldText(this.valueQuery.trim());
    const matching = needle ? this.values.filter((entry) => foldText(entry.label).includes(needle)) : this.values;
    const listed = matching.slice(0, MAX_LISTED_VALUES);
    const selected = new Set(this.selectedValues());
    return html`${this.values.length > 8
        ? html`<input
            class="sv-input"
            type="search"
            aria-label=${filterText(lang, 'searchValues')}
            placeholder=${filterText(lang, 'searchValues')}
            .value=${this.valueQuery}
            @input=${(event: Event) => (this.valueQuery = (event.target as HTMLInputElement).value)}
          />`
        : nothing}
      <div class="scroll">
        ${listed.length === 0 ? html`<p class="hint">${filterText(lang, 'noValues')}</p>` : nothing}
        <ul>
          ${listed.map(
            (entry) => html`<li>
              <label>
                <input
                  type="checkbox"
                  .checked=${selected.has(entry.key)}
                  @change=${(event: Event) => this.toggleValue(entry.key, (event.target as HTMLInputElement).checked)}
                />
                <span>${entry.label}</span>
                <span class="count">${entry.count.toLocaleString(lang)}</span>
              </label>
            </li>`,
          )}
        </ul>
        ${matching.length > listed.length
          ? html`<p class="hint">${filterText(lang, 'moreValues', { count: matching.length - listed.length })}</p>`
          : nothing}
      </div>`;
  }

  // ---- time ------------------------------------------------------------------------------

  private renderTime(): TemplateResult {
    const lang = this.locale.lang;
    const filter = this.filter?.kind === 'time' ? this.filter : undefined;
    const locale = this.dateLocale ?? lang;
    const example = dateTimeFieldExample(locale);
    const change = (edge: 'from' | 'to', text: string) => {
      const ms = parseDateTimeField(text, locale, this.timeZone);
      this.invalidEdge = ms === null ? edge : undefined;
      if (ms === null) return;
      const next = { kind: 'time' as const, from: filter?.preset ? undefined : filter?.from, to: filter?.preset ? undefined : filter?.to, [edge]: ms };
      this.set(next.from === undefined && next.to === undefined ? undefined : next);
    };
    const field = (edge: 'from' | 'to') => html`<label class="field"><span>${filterText(lang, edge)}</span>
      <input
        class="sv-input"
        type="text"
        inputmode="numeric"
        data-edge=${edge}
        placeholder=${example}
        aria-describedby="date-hint"
        aria-invalid=${this.invalidEdge === edge ? 'true' : 'false'}
        .value=${live(filter && !filter.preset ? formatDateTimeField(filter[edge], locale, this.timeZone) : '')}
        @change=${(e: Event) => change(edge, (e.target as HTMLInputElement).value)}
      />
    </label>`;
    return html`<fieldset>
        <legend>${filterText(lang, 'filterTitle', { column: this.columnLabel() })}</legend>
        ${PRESETS.map(
          (preset) => html`<label>
            <input type="radio" name="preset" .checked=${filter?.preset === preset} @change=${() => this.set({ kind: 'time', preset })} />
            <span>${partStrings(lang, `preset.${preset}`)}</span>
          </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${filterText(lang, 'custom')}</legend>
        ${field('from')} ${field('to')}
        <p id="date-hint" class="hint" role=${this.invalidEdge ? 'alert' : nothing}>
          ${filterText(lang, this.invalidEdge ? 'dateInvalid' : 'dateExample', { example })}
        </p>
      </fieldset>`;
  }

  // ---- text, range, boolean ----------------------------------------------------------------

  private renderText(): TemplateResult {
    const lang = this.locale.lang;
    const filter = this.filter?.kind === 'text' ? this.filter : { kind: 'text' as const, op: 'contains' as TextOperator, value: '' };
    const op = this.textOp ?? filter.op;
    // The field's own value: a keystroke still inside the debounce is not in `filter` yet.
    const typed = () => this.renderRoot.querySelector<HTMLInputElement>('input[type="text"]')?.value ?? filter.value;
    const apply = (op: TextOperator, value: string) => {
      clearTimeout(this.textTimer);
      const next = op === 'present' || value.trim() !== '' ? { kind: 'text' as const, op, value } : undefined;
      // Typing filters as the user types, but not on every keystroke.
      this.textTimer = setTimeout(() => this.set(next), 200);
    };
    return html`<label class="field"><span>${filterText(lang, 'operator')}</span>
        <select
          class="sv-input"
          @change=${(e: Event) => {
            this.textOp = (e.target as HTMLSelectElement).value as TextOperator;
            apply(this.textOp, typed());
          }}
        >
          ${TEXT_OPERATORS.map((choice) => html`<option value=${choice} ?selected=${op === choice}>${partStrings(lang, `op.${choice}`)}</option>`)}
        </select>
      </label>
      ${op === 'present'
        ? nothing
        : html`<label class="field"><span>${filterText(lang, 'value')}</span>
            <input class="sv-input" type="text" .value=${filter.value} @input=${(e: Event) => apply(op, (e.target as HTMLInputElement).value)} />
          </label>`}`;
  }

  private renderRange(): TemplateResult {
    const lang = this.locale.lang;
    const filter = this.filter?.kind === 'range' ? this.filter : undefined;
    const scale = isMinutesColumn(this.column) ? 60_000 : 1;
    const shown = (value: number | undefined) => (value === undefined ? '' : String(value / scale));
    const change = (edge: 'min' | 'max', text: string) => {
      const value = text.trim() === '' ? undefined : Number(text) * scale;
      const next = { kind: 'range' as const, min: filter?.min, max: filter?.max, [edge]: Number.isFinite(value) ? value : undefined };
      this.set(next.min === undefined && next.max === undefined ? undefined : next);
    };
    const unit = scale === 1 ? '' : ` ${filterText(lang, 'minutes')}`;
    return html`<label class="field"><span>${filterText(lang, 'min')}${unit}</span>
        <input class="sv-input" type="number" .value=${shown(filter?.min)} @change=${(e: Event) => change('min', (e.target as HTMLInputElement).value)} />
      </label>
      <label class="field"><span>${filterText(lang, 'max')}${unit}</span>
        <input class="sv-input" type="number" .value=${shown(filter?.max)} @change=${(e: Event) => change('max', (e.target as HTMLInputElement).value)} />
      </label>`;
  }

  private renderBoolean(): TemplateResult {
    const lang = this.locale.lang;
    const value = this.filter?.kind === 'boolean' ? this.filter.value : undefined;
    const option = (label: string, checked: boolean, next: ColumnFilter | undefined) =>
      html`<label><input type="radio" name="boolean" .checked=${checked} @change=${() => this.set(next)} /><span>${label}</span></label>`;
    return html`<fieldset>
      <legend>${filterText(lang, 'filterTitle', { column: this.columnLabel() })}</legend>
      ${option(filterText(lang, 'any'), value === undefined, undefined)}
      ${option(this.locale.translate('common.yes'), value === true, { kind: 'boolean', value: true })}
      ${option(this.locale.translate('common.no'), value === false, { kind: 'boolean', value: false })}
    </fieldset>`;
  }

  private columnLabel(): string {
    const column = columnById(this.column);
    return column?.label ?? this.locale.translate(column?.labelKey ?? this.column);
  }

  protected override render() {
    if (!this.open) return nothing;
    const lang = this.locale.lang;
    const kind = columnById(this.column)?.filter ?? 'none';
    const body =
      kind === 'values' ? this.renderValues()
      : kind === 'time' ? this.renderTime()
      : kind === 'text' ? this.renderText()
      : kind === 'range' ? this.renderRange()
      : kind === 'boolean' ? this.renderBoolean()
      : nothing;
    return html`<div class="panel" part="panel" role="dialog" aria-label=${filterText(lang, 'filterTitle', { column: this.columnLabel() })}>
      ${body}
      <div class="actions">
        <button class="sv-button" ?disabled=${this.filter === undefined} @click=${() => this.set(undefined)}>${filterText(lang, 'clear')}</button>
        <button class="sv-button primary" @click=${() => this.close()}>${filterText(lang, 'done')}</button>
      </div>
    </div>`;
  }
}
