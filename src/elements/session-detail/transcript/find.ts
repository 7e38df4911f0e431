/**
 * Finding text in a transcript, case- and diacritics-insensitively ("objednavka" finds
 * "Objednávka"), with exact offsets into the original text so hits can be marked in place.
 */
import type { Message } from '../../../model/index.js';
import { foldText, words } from '../../../engine/search/normalize.js';

/** One occurrence: message index and UTF-16 offsets in that message's text. */
export interface Hit {
  messageIndex: number;
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** Original offset of each folded character (and one past the end); null when identical. */
  map: number[] | null;
}

const PLAIN_ASCII = /^\p{ASCII}*$/u;
const foldedByText = new Map<string, Folded>();
const CACHE_LIMIT = 50_000;

/** Folds character by character so every folded offset maps back to the original text. */
export function foldWithMap(text: string): Folded {
  if (PLAIN_ASCII.test(text)) return { text: text.toLowerCase(), map: null };
  const cached = foldedByText.get(text);
  if (cached) return cached;
  let folded = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldText(char);
    for (let i = 0; i < piece.length; i += 1) map.push(offset);
    folded += piece;
    offset += char.length;
  }
  map.push(offset);
  const result = { text: folded, map };
  if (foldedByText.size >= CACHE_LIMIT) foldedByText.clear();
  foldedByText.set(text, result);
  return result;
}

function originalOffset(folded: Folded, index: number): number {
  return folded.map ? folded.map[index]! : index;
}

/** Where a folded needle occurs in a message; `wordStart` keeps only matches that begin a word. */
function occurrences(text: string, needle: string, wordStart: boolean, messageIndex: number, into: Hit[]): void {
  const folded = foldWithMap(text);
  let from = folded.text.indexOf(needle);
  while (from !== -1) {
    const before = from === 0 ? '' : folded.text[from - 1]!;
    if (!wordStart || !/[\p{L}\p{N}]/u.test(before)) {
      into.push({ messageIndex, start: originalOffset(folded, from), end: originalOffset(folded, from + needle.length) });
    }
    from = folded.text.indexOf(needle, from + Math.max(1, needle.length));
  }
}

/** Text the find box looks for: the whole phrase, anywhere (like the browser's find). */
export function findPhrase(messages: readonly Message[], phrase: string): Hit[] {
  const needle = foldText(phrase.trim());
  const hits: Hit[] = [];
  if (needle.length === 0) return hits;
  messages.forEach((message, index) => occurrences(message.text, needle, false, index, hits));
  return hits;
}

/** Search terms from the table: each word, matched at the start of words (prefix search). */
export function findTerms(messages: readonly Message[], terms: string | readonly string[]): Hit[] {
  const folded = [...new Set((typeof terms === 'string' ? [terms] : terms).flatMap((term) => words(term)))];
  const hits: Hit[] = [];
  if (folded.length === 0) return hits;
  messages.forEach((message, index) => {
    const found: Hit[] = [];
    for (const term of folded) occurrences(message.text, term, true, index, found);
    hits.push(...mergeOverlapping(found));
  });
  return hits;
}

/** Sorts one message's hits and merges overlapping ones so marks never nest. */
function mergeOverlapping(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [hits[0]!];
  for (const hit of hits.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else merged.push(hit);
  }
  return merged;
}

/** Hits grouped by message, keeping each hit's global position for "current hit" marking. */
export function hitsByMessage(hits: readonly Hit[]): Map<number, Array<Hit & { order: number }>> {
  const byMessage = new Map<number, Array<Hit & { order: number }>>();
  hits.forEach((hit, order) => {
    let list = byMessage.get(hit.messageIndex);
    if (!list) byMessage.set(hit.messageIndex, (list = []));
    list.push({ ...hit, order });
  });
  return byMessage;
}
