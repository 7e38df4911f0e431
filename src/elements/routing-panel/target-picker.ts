import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { settleLanguages } from '../../i18n/translate.js';
import type { RoutingTarget } from '../../model/index.js';
import { controls, tokens } from '../../themes/tokens.js';
import { filterTargets, unavailableReason } from './availability.js';
import { pickerText } from './target-picker.strings.js';
import { renderAvailability, renderCapacity, renderUnavailable } from './target-info.js';
import { targetPickerStyles } from './target-picker.styles.js';

let pickerSequence = 0;

/**
 * A searchable picker of operators and groups (ARIA combobox with a listbox popup). Each option
 * shows availability, load against capacity, or a group's available members and queue length;
 * unavailable targets stay selectable but are marked. Options are ordered by name so that live
 * availability updates change badges, not positions.
 *
 * Keyboard: type to filter, ArrowDown/ArrowUp to move, Enter to choose, Escape to close (and
 * again to clear the search).
 *
 * @summary Searchable operator and group picker with availability.
 *
 * @fires change - The chosen target changed; read `value` / `selectedTarget`.
 *
 * @csspart input - The search field (the combobox).
 * @csspart listbox - The popup list (and, when nothing matches, the message shown in its place).
 * @csspart option - One operator or group.
 * @csspart option-active - The option under the keyboard cursor.
 * @csspart availability - The availability badge of an option.
 * @csspart unavailable - The "Unavailable: …" mark of an option.
 */
export class TargetPicker extends LitElement {
  static override styles = [tokens, controls, targetPickerStyles];

  private readonly locale = new LocaleController(this);
  private readonly idPrefix = `sv-target-picker-${++pickerSequence}`;

  /** The operators and groups to choose from (kept current by the owner as availability changes). */
  @property({ attribute: false }) targets: readonly RoutingTarget[] = [];

  /** The id of the chosen target. */
  @property() value: string | undefined;

  /** The picker cannot be used (e.g. while a re-route is being sent). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private searchText = '';
  @state() private open = false;
  @state() private activeId: string | undefined;

  @query('input') private input!: HTMLInputElement;

  /** The chosen target, with its current availability. */
  get selectedTarget(): RoutingTarget | undefined {
    return this.targets.find((target) => target.id === this.value);
  }

  /** Focuses the search field (the element itself is not focusable). */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Also waits for the strings of a language still loading (Czech, on first use), so awaiting it shows its words. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLanguages(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Show the chosen name in the field when the value is set from outside (or cleared).
    if (changed.has('value')) {
      const chosen = this.selectedTarget;
      if (chosen) this.searchText = chosen.name;
      else if (changed.get('value') !== undefined) this.searchText = '';
    }
  }

  protected override updated(): void {
    if (!this.open || !this.activeId) return;
    this.renderRoot.querySelector('[part~="option-active"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  private visibleOptions(): RoutingTarget[] {
    const sections = filterTargets(this.targets, this.searchQuery(), this.locale.lang);
    return [...sections.groups, ...sections.operators];
  }

  /** While the field shows the chosen name, the list shows everything (the name is not a search). */
  private searchQuery(): string {
    return this.selectedTarget && this.searchText === this.selectedTarget.name ? '' : this.searchText;
  }

  private choose(target: RoutingTarget): void {
    this.open = false;
    this.searchText = target.name;
    this.activeId = target.id;
    if (target.id === this.value) return;
    this.value = target.id;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private clearValue(): void {
    if (this.value === undefined) return;
    this.value = undefined;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onInput(event: InputEvent): void {
    this.searchText = (event.target as HTMLInputElement).value;
    this.open = true;
    // Typing starts a new search: the earlier choice no longer matches what the field says.
    this.clearValue();
    this.activeId = this.visibleOptions()[0]?.id;
  }

  private move(delta: 1 | -1): void {
    const options = this.visibleOptions();
    if (options.length === 0) return;
    if (!this.open) {
      this.open = true;
      this.activeId = this.value && options.some((o) => o.id === this.value) ? this.value : options[delta === 1 ? 0 : options.length - 1]!.id;
      return;
    }
    const index = options.findIndex((o) => o.id === this.activeId);
    const next = index === -1 ? (delta === 1 ? 0 : options.length - 1) : (index + delta + options.length) % options.length;
    this.activeId = options[next]!.id;
  }

  private onKeyDown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter': {
        if (!this.open) return;
        event.preventDefault();
        const active = this.visibleOptions().find((o) => o.id === this.activeId);
        if (active) this.choose(active);
        break;
      }
      case 'Escape':
        if (this.open) {
          this.open = false;
        } else if (this.searchText) {
          this.searchText = '';
          this.clearValue();
        } else {
          return;
        }
        // Handled here: a dialog around the picker must not close as well.
        event.preventDefault();
        event.stopPropagation();
        break;
      case 'Tab':
        this.open = false;
        break;
    }
  }

  private onOptionClick(target: RoutingTarget): void {
    this.choose(target);
    this.input.focus();
  }

  private renderOption(target: RoutingTarget, index: number): TemplateResult {
    const lang = this.locale.lang;
    const active = target.id === this.activeId;
    const unavailable = unavailableReason(target) !== undefined;
    /* eslint-disable lit-a11y/click-events-have-key-events -- the keyboard drives the options from
       the combobox input (arrows, Enter via aria-activedescendant); the click is for pointers. */
    return html`<li
      id="${this.idPrefix}-option-${index}"
      role="option"
      class="option ${unavailable ? 'is-unavailable' : ''}"
      part="option ${active ? 'option-active' : ''}"
      aria-selected=${target.id === this.value ? 'true' : 'false'}
      data-target-id=${target.id}
      @click=${() => this.onOptionClick(target)}
    >
      <span class="option-name">${target.name}</span>
      ${renderAvailability(lang, target)}
      <span class="option-details">${renderCapacity(lang, target)} ${renderUnavailable(lang, target)}</span>
    </li>`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  private renderSection(label: string, key: string, targets: RoutingTarget[], offset: number): TemplateResult | typeof nothing {
    if (targets.length === 0) return nothing;
    const labelId = `${this.idPrefix}-${key}`;
    return html`<li role="presentation">
      <div class="section-label" id=${labelId} role="presentation">${label}</div>
      <ul role="group" aria-labelledby=${labelId}>
        ${targets.map((target, i) => this.renderOption(target, offset + i))}
      </ul>
    </li>`;
  }

  protected override render(): TemplateResult {
    const lang = this.locale.lang;
    const sections = filterTargets(this.targets, this.searchQuery(), lang);
    const options = [...sections.groups, ...sections.operators];
    const activeIndex = options.findIndex((o) => o.id === this.activeId);
    const listboxId = `${this.idPrefix}-listbox`;
    const count = options.length + sections.hidden;
    const empty = this.targets.length === 0 ? pickerText(lang, 'picker.none') : pickerText(lang, 'picker.no-match');
    // A listbox must hold options: with none, it stays hidden (the combobox collapsed) and the
    // same popup place says why, outside it.
    const listShown = this.open && options.length > 0;
    /* eslint-disable lit-a11y/accessible-name -- the visible <label for> names the combobox; the rule
       does not follow `for` to a bound id (axe checks the rendered name in the tests). */
    return html`
      <label class="label" for="${this.idPrefix}-input">${pickerText(lang, 'picker.label')}</label>
      <div class="field">
        <input
          id="${this.idPrefix}-input"
          class="sv-input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${listShown ? 'true' : 'false'}
          aria-controls=${listboxId}
          aria-activedescendant=${this.open && activeIndex >= 0 ? `${this.idPrefix}-option-${activeIndex}` : nothing}
          placeholder=${pickerText(lang, 'picker.placeholder')}
          .value=${this.searchText}
          ?disabled=${this.disabled}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @click=${() => (this.open = true)}
          @blur=${() => (this.open = false)}
        />
        <ul
          id=${listboxId}
          class="listbox"
          part="listbox"
          role="listbox"
          aria-label=${pickerText(lang, 'picker.label')}
          ?hidden=${!listShown}
          @mousedown=${(e: Event) => e.preventDefault()}
        >
          ${this.renderSection(pickerText(lang, 'picker.groups'), 'groups', sections.groups, 0)}
          ${this.renderSection(pickerText(lang, 'picker.operators'), 'operators', sections.operators, sections.groups.length)}
          ${sections.hidden > 0 ? html`<li role="presentation" class="hint">${pickerText(lang, 'picker.more', { count: sections.hidden })}</li>` : nothing}
        </ul>
        ${this.open && options.length === 0 ? html`<p class="listbox hint" part="listbox">${empty}</p>` : nothing}
      </div>
      <div class="sv-visually-hidden" role="status">${this.open ? pickerText(lang, 'picker.results', { count }) : ''}</div>
    `;
    /* eslint-enable lit-a11y/accessible-name */
  }
}
