/**
 * "N new sessions": when sessions arrive above a reader who has scrolled down, the table keeps
 * the rows under the reader where they are (see `followViewChange`) and counts the arrivals here;
 * the pill shows the count (the table reads it out through its one polite live region) and,
 * clicked, scrolls to the top to reveal them. A reader at the top sees new rows simply appear,
 * with no pill.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { tableStrings } from './session-table.strings.js';

export class ArrivalsPill {
  /** Sessions that arrived above the reader since the pill appeared. */
  count = 0;

  /**
   * The view changed and the row that was first on screen (`first`) moved to `movedTo`: counts the
   * sessions that came in above it. By id where the table holds every row; with range paging
   * (`byShift`) the rows above are not loaded, so the shift itself is the count. True when the
   * count grew.
   */
  noteShift(previous: readonly string[], view: readonly string[], first: number, movedTo: number, byShift: boolean): boolean {
    if (movedTo <= first) return false;
    const counted = this.count;
    if (byShift) {
      this.count += movedTo - first;
    } else {
      const before = new Set(previous);
      for (let index = 0; index < movedTo; index++) if (!before.has(view[index]!)) this.count += 1;
    }
    return this.count > counted;
  }

  clear(): void {
    this.count = 0;
  }

  /** What the pill says (and the table announces). */
  text(lang: string): string {
    return tableStrings(lang, 'arrivals', { count: this.count });
  }

  /** The pill over the first rows, when there are arrivals to reveal. */
  render(lang: string, reveal: () => void): TemplateResult {
    return html`<div class="arrivals">
      ${this.count > 0
        ? html`<button type="button" class="sv-button primary arrivals-pill" part="arrivals-pill" @click=${reveal}>
            <span aria-hidden="true">↑</span> ${this.text(lang)}
          </button>`
        : nothing}
    </div>`;
  }
}
