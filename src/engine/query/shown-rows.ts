/**
 * Which rows the view engine's last returned view shows, as a bitmap by row: lets `update` tell
 * in O(changes) whether a change touches the view at all. Forgotten when that is no longer known
 * (rows renumbered, a shown row removed, an update that could not rebuild it); the next update
 * then scans the view once and remembers it again.
 */

/** Where the shown rows' ids map to rows: the engine's id index and its row count. */
export interface RowIndex {
  rowOf(id: string): number | undefined;
  rowCount(): number;
}

/** The rows of a previous view an update keeps, and their bitmap when it was made anew. */
export interface KeptRows {
  ids: readonly string[];
  shown: Uint8Array<ArrayBuffer> | undefined;
}

export class ShownRows {
  #bits = new Uint8Array(0);
  #view: readonly string[] | undefined;

  constructor(private readonly index: RowIndex) {}

  /** Whether the bitmap describes `view` (the view last returned). */
  describes(view: readonly string[]): boolean {
    return this.#view === view;
  }

  has(row: number): boolean {
    return this.#bits[row] === 1;
  }

  forget(): void {
    this.#view = undefined;
  }

  /** A view computed in full, with its bitmap. */
  set(view: readonly string[], bits: Uint8Array<ArrayBuffer>): void {
    this.#bits = bits;
    this.#view = view;
  }

  /**
   * `previous` without the changed sessions and, unless the bitmap vouches for `previous`, without
   * those the engine no longer holds. One id lookup per row: the changed ones are marked by row
   * first (a lookup costs a hash of the id; two per row over a 200k view, once per loaded page,
   * were most of the 200k load's time).
   */
  keptRows(previous: readonly string[], changed: ReadonlySet<string>, known: boolean): KeptRows {
    const { index } = this;
    const changedRows = new Uint8Array(index.rowCount());
    for (const id of changed) {
      const row = index.rowOf(id);
      if (row !== undefined) changedRows[row] = 1;
    }
    // Without the bitmap, the rows kept make a new one (the lookups are made anyway), so the next
    // update knows `previous` again instead of filtering every row of it once more.
    const shown = known ? undefined : new Uint8Array(index.rowCount());
    const ids = previous.filter((id) => {
      const row = index.rowOf(id);
      if (row === undefined) return known && !changed.has(id);
      if (changedRows[row] === 1) return false;
      if (shown) shown[row] = 1;
      return true;
    });
    return { ids, shown };
  }

  /** The bitmap of `view`, made of the rows kept (when `keptRows` made one) and those inserted. */
  rebuild(view: readonly string[], kept: KeptRows | undefined, inserted: readonly { row: number }[]): void {
    if (!kept?.shown) {
      this.#view = undefined;
      return;
    }
    for (const { row } of inserted) kept.shown[row] = 1;
    this.set(view, kept.shown);
  }

  /** The bitmap, known for the previous view, brought up to `view` by the verdicts on the changed rows. */
  patch(changed: ReadonlySet<string>, include: (row: number) => boolean, view: readonly string[]): void {
    const { index } = this;
    if (this.#bits.length < index.rowCount()) {
      const grown = new Uint8Array(Math.ceil(index.rowCount() * 1.5));
      grown.set(this.#bits);
      this.#bits = grown;
    }
    for (const id of changed) {
      const row = index.rowOf(id);
      if (row !== undefined) this.#bits[row] = include(row) ? 1 : 0;
    }
    this.#view = view;
  }
}
