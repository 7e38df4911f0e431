/**
 * The live rows the table showed last, to count how many of a new view are arrivals (announced
 * to screen readers). Kept as one map updated in place, each id stamped with the view that last
 * showed it: a new Set of every row on each live update (ten a second) was garbage for the
 * collector all day long.
 */
export class LiveRowsSeen {
  #seen: Map<string, number> | undefined;
  #viewNumber = 0;

  /** Forgets every row: the table left the Live view. */
  reset(): void {
    this.#seen = undefined;
  }

  /**
   * Takes `view` as the rows now shown and answers how many of them were not shown before;
   * `undefined` for the first view after a reset (an opened table's rows are not arrivals).
   */
  arrivalsIn(view: readonly string[]): number | undefined {
    const first = this.#seen === undefined;
    const seen = (this.#seen ??= new Map());
    const number = ++this.#viewNumber;
    let arrivals = 0;
    for (const id of view) {
      if (!seen.has(id)) arrivals += 1;
      seen.set(id, number);
    }
    // Rows that left are forgotten (forEach: no entry arrays; deleting while it runs is allowed).
    seen.forEach((shownIn, id) => {
      if (shownIn !== number) seen.delete(id);
    });
    return first ? undefined : arrivals;
  }
}
