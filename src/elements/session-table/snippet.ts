/**
 * Search hit snippets. The engine reports where a query matched as character ranges; the table
 * turns them into text nodes and `<mark>` elements through Lit bindings, so transcript text from
 * anonymous visitors is never parsed as HTML.
 */
import { html, type TemplateResult } from 'lit';

export interface Snippet {
  text: string;
  /** Half-open `[start, end)` character ranges into `text`, in any order, possibly overlapping. */
  ranges: ReadonlyArray<readonly [number, number]>;
  /**
   * Where the hit is: in what people said, or only in the rest (a name, a queue in a system line,
   * a parameter, a note). The row says so, so a supervisor does not read a queue name as a quote.
   */
  source?: 'said' | 'meta';
}

/** Sorted, clamped, merged ranges: overlapping hits must not produce nested or broken marks. */
export function normalizeRanges(text: string, ranges: Snippet['ranges']): Array<[number, number]> {
  const clamped = ranges
    .map(([start, end]) => [Math.max(0, Math.min(text.length, start)), Math.max(0, Math.min(text.length, end))] as [number, number])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Text with highlighted hits, as Lit template parts (text nodes and `<mark>`). */
export function renderSnippet(snippet: Snippet): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let cursor = 0;
  for (const [start, end] of normalizeRanges(snippet.text, snippet.ranges)) {
    if (start > cursor) parts.push(snippet.text.slice(cursor, start));
    parts.push(html`<mark part="match">${snippet.text.slice(start, end)}</mark>`);
    cursor = end;
  }
  if (cursor < snippet.text.length) parts.push(snippet.text.slice(cursor));
  return parts;
}
