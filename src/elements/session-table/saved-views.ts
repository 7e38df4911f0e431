import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { emitInternal } from '../../events/emit.js';
import { controls, tokens } from '../../themes/tokens.js';
import { FloatingController } from './floating.js';
import { partStrings } from './parts.strings.js';
import { tableIcon } from './table-icons.js';
import { popoverStyles } from './popover.styles.js';
import { cleanViewName, type SavedView } from './saved-views-model.js';

export interface ViewIdDetail {
  id: string;
}
export interface ViewNameDetail {
  name: string;
}
export interface ViewRenameDetail {
  id: string;
  name: string;
}

/**
 * The saved views menu: apply a personal view, save the current query and layout under a name,
 * rename and delete views. The table stores them; this element only asks.
 *
 * @summary Saved views menu for a table.
 * @fires {CustomEvent<ViewIdDetail>} sv-view-apply - Apply the view.
 * @fires {CustomEvent<ViewNameDetail>} sv-view-save - Save the current state as a new view.
 * @fires {CustomEvent<ViewRenameDetail>} sv-view-rename - Rename a view.
 * @fires {CustomEvent<ViewIdDetail>} sv-view-delete - Delete a view.
 * @csspart button - The toolbar button.
 * @csspart panel - The floating panel.
 * @csspart view - A saved view's button; the one the current query equals also has `view-active` (and a check mark).
 */
export class SavedViews extends LitElement {
  static override styles = [
    tokens,
    controls,
    popoverStyles,
    css`
      :host {
        display: inline-block;
      }
      .floating {
        z-index: var(--sv-popover-z-index, 1000);
        inline-size: max-content;
      }
    `,
  ];

  private readonly locale = new LocaleController(this);
  private readonly floating = new FloatingController(this, (reason) => this.close(reason !== 'focus-left'));

  /** The saved views listed, in the order shown. */
  @property({ attribute: false }) views: readonly SavedView[] = [];
  /** The view last applied, marked in the list. */
  @property({ attribute: false }) activeId: string | undefined;

  @state() private open = false;
  /** `'new'` while naming a new view, a view id while renaming it. */
  @state() private editing: string | undefined;

  /** Closes the list; `returnFocus` moves focus back to the toggle button. */
  close(returnFocus = false): void {
    this.open = false;
    this.editing = undefined;
    if (returnFocus) this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      const panel = this.renderRoot.querySelector<HTMLElement>('.floating');
      const button = this.renderRoot.querySelector<HTMLElement>('.toggle');
      if (this.open && panel && button) {
        // The floating part is a child element so the toolbar button stays in flow.
        this.floating.start(button, panel);
        panel.querySelector<HTMLElement>('button, input')?.focus();
      } else this.floating.stop();
    }
    if (changed.has('editing') && this.editing) this.renderRoot.querySelector<HTMLInputElement>('input.name')?.focus();
  }

  private submitName(event: Event): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input.name');
    const name = cleanViewName(input?.value ?? '');
    if (!name) return;
    if (this.editing === 'new') emitInternal<ViewNameDetail>(this, 'sv-view-save', { name });
    else if (this.editing) emitInternal<ViewRenameDetail>(this, 'sv-view-rename', { id: this.editing, name });
    this.editing = undefined;
  }

  private renderNameForm(initial: string) {
    const lang = this.locale.lang;
    return html`<form class="actions" @submit=${this.submitName}>
      <input class="sv-input name" aria-label=${partStrings(lang, 'viewName')} maxlength="80" .value=${initial} required />
      <button class="sv-button primary" type="submit">${partStrings(lang, 'save')}</button>
      <button class="sv-button" type="button" @click=${() => (this.editing = undefined)}>${this.locale.translate('common.cancel')}</button>
    </form>`;
  }

  private renderView(view: SavedView) {
    const lang = this.locale.lang;
    if (this.editing === view.id) return html`<li>${this.renderNameForm(view.name)}</li>`;
    return html`<li>
      <button
        class="sv-button link apply"
        aria-current=${view.id === this.activeId ? 'true' : 'false'}
        part=${view.id === this.activeId ? 'view view-active' : 'view'}
        @click=${() => {
          emitInternal<ViewIdDetail>(this, 'sv-view-apply', { id: view.id });
          this.close(true);
        }}
      >
        <span class="active-mark">${view.id === this.activeId ? tableIcon('check') : nothing}</span>${view.name}
      </button>
      <button class="icon" aria-label=${partStrings(lang, 'renameView', { name: view.name })} @click=${() => (this.editing = view.id)}>${tableIcon('pencil')}</button>
      <button class="icon" aria-label=${partStrings(lang, 'deleteView', { name: view.name })} @click=${() => emitInternal<ViewIdDetail>(this, 'sv-view-delete', { id: view.id })}>${tableIcon('trash')}</button>
    </li>`;
  }

  protected override render() {
    const lang = this.locale.lang;
    return html`<button
        class="sv-button toggle"
        part="button"
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => (this.open = !this.open)}
      >
        ${partStrings(lang, 'views')} ▾
      </button>
      ${this.open
        ? html`<div class="floating panel" part="panel" role="dialog" aria-label=${partStrings(lang, 'viewsMenu')}>
            <ul class="scroll">
              ${this.views.map((view) => this.renderView(view))}
            </ul>
            ${this.editing === 'new'
              ? this.renderNameForm('')
              : html`<button class="sv-button" @click=${() => (this.editing = 'new')}>${partStrings(lang, 'saveView')}</button>`}
          </div>`
        : nothing}`;
  }
}
