/** The labelled corpus: each sentence as plain text plus the stretches (kind, start, end) that hold personal data. */
import { GENERATED_SENTENCES } from './corpus-generated.js';
import { WRITTEN_SENTENCES } from './corpus-written.js';

export interface Labelled {
  text: string;
  expected: Array<{ kind: string; start: number; end: number; value: string }>;
}

const MARK = /⟦(\w+)\|([^⟧]*)⟧/g;

export function parseLabelled(source: string): Labelled {
  const expected: Labelled['expected'] = [];
  let text = '';
  let at = 0;
  for (const match of source.matchAll(MARK)) {
    text += source.slice(at, match.index);
    expected.push({ kind: match[1]!, start: text.length, end: text.length + match[2]!.length, value: match[2]! });
    text += match[2];
    at = match.index + match[0].length;
  }
  return { text: text + source.slice(at), expected };
}

export const CORPUS: readonly Labelled[] = [...WRITTEN_SENTENCES, ...GENERATED_SENTENCES].map(parseLabelled);
