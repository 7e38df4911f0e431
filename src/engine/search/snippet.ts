/**
 * A row's search hit: a short window of the first text that matched, with the hit ranges, built
 * where the texts are kept (the worker) and sent to the table as data.
 */
import type { Highlighter, MatchRange } from './highlight.js';
import type { ArchivedText, TextSource } from './text-archive.js';

export interface SearchSnippet {
  /** Where the hit is: in what people said, or in a name, parameter, note or system line. */
  source: TextSource;
  text: string;
  ranges: MatchRange[];
}

const SNIPPET_BEFORE = 16;
const SNIPPET_LENGTH = 180;

/**
 * The best hit among a session's texts: what the people said tells more than a system line or a
 * queue named after the word, so those count only when nothing said matches.
 */
export function bestSnippet(texts: readonly ArchivedText[], highlighter: Highlighter): SearchSnippet | undefined {
  let fallback: SearchSnippet | undefined;
  for (const { source, text } of texts) {
    if (source === 'meta' && fallback) continue;
    const ranges = highlighter.ranges(text);
    if (ranges.length === 0) continue;
    const snippet = snippetAround(source, text, ranges);
    if (source === 'said') return snippet;
    fallback = snippet;
  }
  return fallback;
}

/** A window of the text around its first hit: a row shows a line, not a 1 MB paste. */
export function snippetAround(source: TextSource, text: string, ranges: readonly MatchRange[]): SearchSnippet {
  const firstHit = ranges[0]?.start ?? 0;
  let start = Math.max(0, firstHit - SNIPPET_BEFORE);
  // Start at a word: "…ve frontě Reklamace", not "…ontě Reklamace".
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  if (space >= 0 && space < firstHit) start = space + 1;
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    source,
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    ranges: ranges.filter((r) => r.start >= start && r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}
