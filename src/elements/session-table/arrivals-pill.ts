/**
 * "N new sessions": when sessions arrive above a reader who has scrolled down, the table keeps
 * the rows under the reader where they are (see `followViewChange`) and counts the arrivals here;
 * the pill shows the count in a polite live region and, clicked, scrolls to the top to reveal
 * them. A reader at the top sees new rows simply appear, with no pill.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { tableStrings } from './session-table.strings.js';

export class ArrivalsPill {
  /** Sessions that arrived above the reader since the pill appeared. */
  count = 0;

  /**
   * The view changed and the row that was first on screen (`first`) moved to `movedTo`: counts the
   * sessions that came in above it. By id where the table holds every row; with range paging
   * (`byShift`) the rows above are not loaded, so the shift itself is the count.
   */
  noteShift(previous: readonly string[], view: readonly string[], first: number, movedTo: number, byShift: boolean): void {
    if (movedTo <= first) return;
    if (byShift) {
      this.count += movedTo - first;
      return;
    }
    const before = new Set(previous);
    for (let index = 0; index < movedTo; index++) if (!before.has(view[index]!)) this.count += 1;
  }

  clear(): void {
    this.count = 0;
  }

  /** The live region (always present, so the pill's appearance is announced) with the pill in it. */
  render(lang: string, reveal: () => void): TemplateResult {
    return html`<div class="arrivals" role="status" aria-live="polite">
      ${this.count > 0
        ? html`<button type="button" class="sv-button primary arrivals-pill" part="arrivals-pill" @click=${reveal}>
            <span aria-hidden="true">↑</span> ${tableStrings(lang, 'arrivals', { count: this.count })}
          </button>`
        : nothing}
    </div>`;
  }
}
