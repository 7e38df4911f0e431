/**
 * Match ranges for highlighting, computed on demand from the text of the few sessions on screen
 * (the index keeps no positions, which is much of why it is small). Ranges are offsets into the
 * original text: the caller wraps them in `<mark>` through the DOM, never by building HTML.
 */
import type { Message } from '../../model/session.js';
import type { Analyzer } from './analyzer.js';
import { tokenize, type Token } from './normalize.js';
import type { MatchedClause } from './search-core.js';

export interface MatchRange {
  /** UTF-16 offset of the first highlighted character. */
  start: number;
  /** UTF-16 offset just past the last one. */
  end: number;
}

export interface MessageMatch {
  messageId: string;
  ranges: MatchRange[];
}

/** A single message rarely needs more; a 1 MB paste of the same word should not build a huge list. */
const MAX_RANGES_PER_TEXT = 500;

export class Highlighter {
  private readonly sets: (ReadonlySet<string> | null)[][];

  constructor(
    private readonly analyzer: Analyzer,
    private readonly clauses: readonly MatchedClause[],
  ) {
    this.sets = clauses.map((clause) => clause.terms.map((terms) => (terms ? new Set(terms) : null)));
  }

  /** True when the query has something to highlight. */
  get active(): boolean {
    return this.clauses.length > 0;
  }

  /** Ranges of every word or phrase of the query in `text`, in order, not overlapping. */
  ranges(text: string): MatchRange[] {
    if (!this.active || typeof text !== 'string' || text.length === 0) return [];
    const tokens = tokenize(text);
    const hits = tokens.map((token) => this.stemsOf(token));
    const ranges: MatchRange[] = [];
    let lastEnd = -1;
    for (let i = 0; i < tokens.length && ranges.length < MAX_RANGES_PER_TEXT; i++) {
      for (const words of this.sets) {
        const length = this.matchAt(words, hits, i);
        if (length === 0) continue;
        const start = tokens[i]!.start;
        if (start >= lastEnd) {
          ranges.push({ start, end: tokens[i + length - 1]!.end });
          lastEnd = tokens[i + length - 1]!.end;
        }
        break;
      }
    }
    return ranges;
  }

  /** Messages of a transcript that match, with their ranges. */
  messages(messages: readonly Message[]): MessageMatch[] {
    const matches: MessageMatch[] = [];
    // Host data: a transcript that is not an array matches nothing.
    const list: readonly Message[] = Array.isArray(messages) ? messages : [];
    for (const message of list) {
      if (!message || typeof message.text !== 'string') continue;
      const ranges = this.ranges(message.text);
      if (ranges.length > 0) matches.push({ messageId: String(message.id), ranges });
    }
    return matches;
  }

  /**
   * Whether the texts together contain every clause (phrases in order within one text). Used to
   * confirm phrase hits, which the index can only approximate.
   */
  confirms(texts: readonly string[]): boolean {
    const found = new Set<number>();
    for (const text of texts) {
      if (typeof text !== 'string' || text.length === 0) continue;
      const tokens = tokenize(text);
      const hits = tokens.map((token) => this.stemsOf(token));
      this.sets.forEach((words, clause) => {
        if (found.has(clause)) return;
        for (let i = 0; i < tokens.length; i++) if (this.matchAt(words, hits, i) > 0) return void found.add(clause);
      });
      if (found.size === this.sets.length) return true;
    }
    return found.size === this.sets.length;
  }

  /** Length in tokens of the clause matched at token `at`, or 0. */
  private matchAt(words: readonly (ReadonlySet<string> | null)[], hits: readonly string[][], at: number): number {
    if (at + words.length > hits.length) return 0;
    for (let w = 0; w < words.length; w++) {
      const terms = words[w];
      if (terms === null) continue;
      if (!hits[at + w]!.some((stem) => terms!.has(stem))) return 0;
    }
    return words.length;
  }

  private stemsOf(token: Token): string[] {
    if (this.analyzer.stopWords.has(token.word)) return [];
    return this.analyzer.stems(token.word);
  }
}
