/**
 * Finds words in text without allocating per word: `next()` moves `start`/`end` to the next run
 * of letters and digits (combining marks inside a run belong to it). The caller slices and folds
 * only what it needs — the index looks raw words up in a cache, so most words are never folded.
 */
import { CharClass, astralClass, unitClass } from './fold-table.js';

export class WordScanner {
  /** UTF-16 offset of the current word's first character. */
  start = 0;
  /** UTF-16 offset just past the current word. */
  end = 0;
  private text = '';
  private position = 0;

  /** Starts scanning `text` from its beginning. */
  reset(text: string): this {
    this.text = text;
    this.position = 0;
    this.start = this.end = 0;
    return this;
  }

  /** Advances to the next word; false when the text has no more. */
  next(): boolean {
    const text = this.text;
    const length = text.length;
    let i = this.position;
    let start = -1;
    while (i < length) {
      const code = text.charCodeAt(i);
      let width = 1;
      let kind: CharClass;
      if (code < 0xd800 || code > 0xdfff) kind = unitClass(code);
      else {
        const low = text.charCodeAt(i + 1);
        if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          width = 2;
          kind = astralClass(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        } else kind = CharClass.Other;
      }
      if (start < 0) {
        if (kind === CharClass.Word) start = i;
      } else if (kind === CharClass.Other) {
        break;
      }
      i += width;
    }
    this.position = i;
    if (start < 0) return false;
    this.start = start;
    this.end = i;
    return true;
  }
}
