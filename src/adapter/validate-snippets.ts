/**
 * Validation of the host's search snippets (`searchSnippets`): an answer for ids nobody asked
 * about, a range outside its text or a text the size of a transcript is reported and left out (a
 * row shows a line, not a pasted megabyte). The text is rendered as text, never as HTML.
 */
import type { HostSnippet } from './types.js';
import type { Validated } from './validate.js';

/** Longest snippet text kept, in UTF-16 units (the browser's own snippets are 180). */
export const MAX_HOST_SNIPPET_LENGTH = 1000;

const isRange = (value: unknown): value is { start: number; end: number } => {
  const range = value as { start?: unknown; end?: unknown } | null;
  return Number.isInteger(range?.start) && Number.isInteger(range?.end);
};

/** One snippet: text, ranges within it (`0 ≤ start < end ≤ text.length`), source `said` or `meta`. */
export function validateHostSnippet(raw: unknown, id: string): Validated<Required<HostSnippet>> {
  const snippet = raw as Partial<Record<keyof HostSnippet, unknown>> | null;
  const problems: string[] = [];
  if (!snippet || typeof snippet !== 'object') return { ok: false, id, problems: [`snippet ${id}: expected an object`] };
  const { text, ranges, source } = snippet;
  if (typeof text !== 'string') problems.push(`snippet ${id}.text: expected a string`);
  else if (text.length > MAX_HOST_SNIPPET_LENGTH) problems.push(`snippet ${id}.text: longer than ${MAX_HOST_SNIPPET_LENGTH} characters`);
  if (!Array.isArray(ranges)) problems.push(`snippet ${id}.ranges: expected an array of { start, end }`);
  else if (typeof text === 'string' && !ranges.every((range) => isRange(range) && range.start >= 0 && range.start < range.end && range.end <= text.length)) {
    problems.push(`snippet ${id}.ranges: expected integer { start, end } with 0 ≤ start < end ≤ the text's length`);
  }
  if (source !== undefined && source !== 'said' && source !== 'meta') problems.push(`snippet ${id}.source: expected "said" or "meta"`);
  if (problems.length > 0) return { ok: false, id, problems };
  const checked = ranges as { start: number; end: number }[];
  return { ok: true, value: { text: text as string, ranges: checked.map(({ start, end }) => ({ start, end })), source: source === 'meta' ? 'meta' : 'said' } };
}

/** The host's answer: an object keyed by the asked ids. Returns the valid snippets and the problems. */
export function validateHostSnippets(
  raw: unknown,
  asked: readonly string[],
): { snippets: Map<string, Required<HostSnippet>>; invalid: Array<{ id?: string; problems: string[] }> } {
  const snippets = new Map<string, Required<HostSnippet>>();
  const invalid: Array<{ id?: string; problems: string[] }> = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    invalid.push({ problems: ['searchSnippets: expected an object keyed by session id'] });
    return { snippets, invalid };
  }
  const wanted = new Set(asked);
  for (const [id, value] of Object.entries(raw)) {
    if (!wanted.has(id)) {
      invalid.push({ id, problems: [`snippet ${id}: not one of the ids asked for`] });
      continue;
    }
    const result = validateHostSnippet(value, id);
    if (result.ok) snippets.set(id, result.value);
    else invalid.push({ id, problems: result.problems });
  }
  return { snippets, invalid };
}
