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

/** Renders the menu (given the `ref` callback to put on it); `open` fills and opens it. */
export interface ExportMenuRender {
  menu: (arrived: (element: Element | undefined) => void) => TemplateResult;
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

  private readonly arrived = (element: Element | undefined): void => {
    const action = this.onArrival;
    this.onArrival = undefined;
    if (element && action) void action(element as ExportMenu);
  };

  render(lang: string, disabled: boolean, { menu, open }: ExportMenuRender): TemplateResult {
    if (TABLE_LAZY_PARTS.exportMenu.current()) return menu(this.arrived);
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
        if (this.onArrival === focusMenuButton) this.onArrival = undefined;
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
