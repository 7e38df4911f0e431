/**
 * A compact inverted index: one document per session, term dictionary in minisearch's radix
 * tree (`SearchableMap`, which gives prefix and fuzzy lookup), postings as growing `Uint32Array`s
 * of document numbers. No stored fields, no per-field lengths, no scores: the table orders by its
 * own sort, so the index only answers "which sessions contain these words". That is what takes a
 * 100k-session index from minisearch's default ~0.5 GB to a fraction of it.
 */
import SearchableMap from 'minisearch/SearchableMap';

const INITIAL_POSTINGS = 2;

export class CompactIndex {
  /** Dictionary for prefix and fuzzy lookup. */
  private readonly termIds = new SearchableMap<number>();
  /** The same terms in a hash map: exact lookups while indexing are the hot path. */
  private readonly termIdByText = new Map<string, number>();
  private postings: Uint32Array[] = [];
  private postingCounts: number[] = [];
  private documentIds: string[] = [];
  private documentBySession = new Map<string, number>();
  private removed = new Set<number>();

  /** Documents held (removed ones excluded). */
  get documentCount(): number {
    return this.documentIds.length - this.removed.size;
  }

  /** Distinct terms in the dictionary. */
  get termCount(): number {
    return this.postings.length;
  }

  has(sessionId: string): boolean {
    return this.documentBySession.has(sessionId);
  }

  /**
   * Adds terms to a session's document, creating it on first sight. Calling it again for the same
   * session (a new message) adds the new terms without touching the old ones.
   */
  addTerms(sessionId: string, terms: Iterable<string>): void {
    const document = this.document(sessionId);
    for (const term of terms) this.addPosting(this.termId(term), document);
  }

  /** The document number of a session, created on first sight (for `addPosting`). */
  document(sessionId: string): number {
    let document = this.documentBySession.get(sessionId);
    if (document === undefined) {
      document = this.documentIds.length;
      this.documentIds.push(sessionId);
      this.documentBySession.set(sessionId, document);
    }
    return document;
  }

  /** Forgets a session: its document stops matching (postings are left, filtered at search). */
  remove(sessionId: string): void {
    const document = this.documentBySession.get(sessionId);
    if (document === undefined) return;
    this.removed.add(document);
    this.documentBySession.delete(sessionId);
  }

  /** Terms of the dictionary equal to `term`. */
  exact(term: string): string[] {
    return this.termIdByText.has(term) ? [term] : [];
  }

  /** Terms starting with `prefix`, at most `limit` of them. */
  withPrefix(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (const term of this.termIds.atPrefix(prefix).keys()) {
      found.push(term);
      if (found.length >= limit) break;
    }
    return found;
  }

  /** Terms within `distance` edits of `term`. */
  fuzzy(term: string, distance: number): string[] {
    if (distance <= 0) return this.exact(term);
    return [...this.termIds.fuzzyGet(term, distance).keys()];
  }

  /**
   * Sessions whose document contains, for every group, at least one of the group's terms
   * (AND across groups, OR within). Returned in indexing order.
   */
  match(groups: readonly (readonly string[])[]): string[] {
    if (groups.length === 0 || groups.length > 255) return [];
    const total = this.documentIds.length;
    // hits[d] = number of groups matched so far; a group counts only once per document.
    const hits = new Uint8Array(total);
    groups.forEach((terms, groupIndex) => {
      for (const term of terms) {
        const id = this.termIdByText.get(term);
        if (id === undefined) continue;
        const list = this.postings[id]!;
        const count = this.postingCounts[id]!;
        for (let i = 0; i < count; i++) {
          const document = list[i]!;
          if (hits[document] === groupIndex) hits[document] = groupIndex + 1;
        }
      }
    });
    const result: string[] = [];
    const needed = groups.length;
    for (let document = 0; document < total; document++) {
      if (hits[document] === needed && !this.removed.has(document)) result.push(this.documentIds[document]!);
    }
    return result;
  }

  /** The id of a term, added to the dictionary on first sight. Ids stay valid for the index's life. */
  termId(term: string): number {
    let id = this.termIdByText.get(term);
    if (id === undefined) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.termIdByText.set(term, id);
      this.postings.push(new Uint32Array(INITIAL_POSTINGS));
      this.postingCounts.push(0);
    }
    return id;
  }

  /**
   * Records that a document contains a term. Postings of one document are written together, so a
   * repeat is always the last entry and is skipped.
   */
  addPosting(termId: number, document: number): void {
    let list = this.postings[termId]!;
    const count = this.postingCounts[termId]!;
    if (count > 0 && list[count - 1] === document) return;
    if (count === list.length) {
      const grown = new Uint32Array(list.length * 2);
      grown.set(list);
      this.postings[termId] = list = grown;
    }
    list[count] = document;
    this.postingCounts[termId] = count + 1;
  }
}
