/**
 * The toolbar's export button before `<sv-export-menu>`'s code is loaded: a button that looks and
 * reads the same stands in. Reaching for it (pointer over it, focus, press) loads the menu; the
 * menu then takes its place, keeps the focus if the stand-in had it, and opens its dialog if the
 * stand-in was pressed (its dialog returns focus to the menu's own button when it closes).
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPartsController } from '../../controllers/lazy-parts.js';
import type { ExportMenu } from '../export-menu/export-menu.js';
import { exportButtonLabel } from '../export-menu/export-button.strings.js';
import { TABLE_LAZY_PARTS } from './table-lazy-parts.js';

/** Renders the menu; `open` fills and opens it. */
export interface ExportMenuRender {
  menu: () => TemplateResult;
  open: (menu: ExportMenu) => void;
}

async function focusMenuButton(menu: ExportMenu): Promise<void> {
  await menu.updateComplete;
  menu.shadowRoot?.querySelector<HTMLElement>('[part="button"]')?.focus();
}

export class ExportMenuStandIn {
  readonly parts: LazyPartsController;
  /** What to do with the menu when it arrives: open it (pressed), or focus it (focused). */
  private onArrival: ((menu: ExportMenu) => unknown) | undefined;

  constructor(host: Pick<ReactiveControllerHost, 'requestUpdate'>) {
    this.parts = new LazyPartsController(host);
  }

  /** Whether the menu, once rendered, is to be opened or focused (see `arrived`). */
  get awaited(): boolean {
    return this.onArrival !== undefined;
  }

  /** The host rendered the menu in the stand-in's place (called after its update while `awaited`). */
  arrived(element: ExportMenu | null): void {
    const action = this.onArrival;
    if (!element || !action) return;
    this.onArrival = undefined;
    void action(element);
  }

  render(lang: string, disabled: boolean, { menu, open }: ExportMenuRender): TemplateResult {
    if (TABLE_LAZY_PARTS.exportMenu.current()) return menu();
    const load = () => this.parts.use(TABLE_LAZY_PARTS.exportMenu);
    return html`<button
      type="button"
      class="sv-button"
      data-stand-in="sv-export-menu"
      aria-haspopup="dialog"
      ?disabled=${disabled}
      @pointerenter=${load}
      @focus=${() => {
        load();
        this.onArrival ??= focusMenuButton;
      }}
      @blur=${() => {
        // The user left before the menu came. (Once its code is in, the blur is the stand-in's
        // own removal as the menu takes its place, which happens before `arrived`.)
        if (this.onArrival === focusMenuButton && !TABLE_LAZY_PARTS.exportMenu.current()) this.onArrival = undefined;
      }}
      @click=${() => {
        // A press loads the menu, again if an earlier load failed (offline).
        this.parts.retry(TABLE_LAZY_PARTS.exportMenu);
        this.onArrival = open;
      }}
    >
      ${exportButtonLabel(lang, 'menu.button')}
    </button>`;
  }
}
