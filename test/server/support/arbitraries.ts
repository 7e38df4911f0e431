/**
 * Random view queries over a data set: filters of every kind the catalogue offers (values drawn
 * from the data, so they match something), sorts over any columns, search texts made of words
 * from the transcripts (whole, prefixes, phrases, stop-words, diacritics dropped or not).
 */
import fc from 'fast-check';
import { COLUMNS, columnById } from '../../../src/model/columns.js';
import type { ColumnFilter, SessionQuery, SortSpec } from '../../../src/model/query.js';
import { rowKeys } from '../../../src/engine/query/index.js';
import type { Dataset } from './dataset.js';
import { NOW } from './dataset.js';

const PARAMETER_COLUMNS = ['param:orderId', 'param:tariff', 'param:customerType', 'param:campaign', 'param:missing'];

function columnSamples(dataset: Dataset, columnId: string): { keys: string[]; texts: string[]; numbers: number[] } {
  const column = columnById(columnId)!;
  const keys = new Set<string>();
  const texts = new Set<string>();
  const numbers: number[] = [];
  for (const session of dataset.sessions.slice(0, 3000)) {
    for (const key of rowKeys(column, session, NOW)) keys.add(key);
    const value = column.value(session, NOW);
    if (typeof value === 'string' && value !== '') texts.add(value);
    if (typeof value === 'number') numbers.push(value);
  }
  return { keys: [...keys], texts: [...texts], numbers };
}

function pick<T>(list: readonly T[], fallback: T): fc.Arbitrary<T> {
  return list.length > 0 ? fc.constantFrom(...list) : fc.constant(fallback);
}

/** A piece of a sample text, in the case and accents the user may type. */
function needle(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(pick(texts, 'x'), fc.nat(), fc.integer({ min: 1, max: 8 }), fc.constantFrom('same', 'upper', 'ascii'))
    .map(([text, start, length, form]) => {
      const from = start % text.length;
      const piece = text.slice(from, from + length);
      if (form === 'upper') return piece.toUpperCase();
      if (form === 'ascii') return piece.normalize('NFD').replace(/\p{M}/gu, '');
      return piece;
    });
}

function filterFor(dataset: Dataset, columnId: string): fc.Arbitrary<ColumnFilter> {
  const column = columnById(columnId)!;
  const samples = columnSamples(dataset, columnId);
  switch (column.filter) {
    case 'values':
      return fc.uniqueArray(pick(samples.keys, 'none'), { minLength: 1, maxLength: 3 }).map((values) => ({ kind: 'values', values }));
    case 'text':
      return fc.oneof(
        fc.record({ kind: fc.constant('text' as const), op: fc.constantFrom('contains' as const, 'prefix' as const), value: needle(samples.texts) }),
        fc.record({ kind: fc.constant('text' as const), op: fc.constant('equals' as const), value: pick(samples.texts, 'x') }),
        fc.constant({ kind: 'text' as const, op: 'present' as const, value: '' }),
      );
    case 'range': {
      const bound = pick(samples.numbers, 0);
      return fc.record({ kind: fc.constant('range' as const), min: fc.option(bound, { nil: undefined }), max: fc.option(bound, { nil: undefined }) });
    }
    case 'time': {
      const bound = pick(samples.numbers, NOW);
      return fc.oneof(
        fc.record({ kind: fc.constant('time' as const), preset: fc.constantFrom('today' as const, 'yesterday' as const, 'last-7-days' as const, 'last-30-days' as const) }),
        fc.record({ kind: fc.constant('time' as const), from: fc.option(bound, { nil: undefined }), to: fc.option(bound, { nil: undefined }) }),
      );
    }
    case 'boolean':
      return fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() });
    default:
      return fc.constant({ kind: 'values', values: [] });
  }
}

function searchText(dataset: Dataset): fc.Arbitrary<string> {
  const words: string[] = [];
  for (const messages of [...dataset.messages.values()].slice(0, 400)) {
    for (const message of messages) words.push(...message.text.split(/\s+/).filter((word) => word.length > 0));
  }
  const word = pick(words, 'x');
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 4, arbitrary: word },
    { weight: 2, arbitrary: fc.tuple(word, fc.integer({ min: 2, max: 5 })).map(([w, n]) => `${w.slice(0, n)}*`) },
    { weight: 2, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a} ${b}`) },
    { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `"${a} ${b}"`) },
    { weight: 1, arbitrary: word.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom('a', 'the', 'je', 'orderId', 'A-80843', 'neexistujícíslovo') },
  );
}

export function queryArbitrary(dataset: Dataset): fc.Arbitrary<SessionQuery> {
  const filterable = [...COLUMNS.filter((c) => c.filter !== 'none').map((c) => c.id), ...PARAMETER_COLUMNS];
  const filterArbitraries = Object.fromEntries(filterable.map((id) => [id, filterFor(dataset, id)]));
  const sortable = [...COLUMNS.map((c) => c.id), ...PARAMETER_COLUMNS];
  const sort: fc.Arbitrary<SortSpec[]> = fc.uniqueArray(
    fc.record({ column: fc.constantFrom(...sortable), direction: fc.constantFrom('asc' as const, 'desc' as const) }),
    { maxLength: 3, selector: (spec) => spec.column },
  );
  const filters = fc
    .uniqueArray(fc.constantFrom(...filterable), { maxLength: 3 })
    .chain((ids) => (ids.length === 0 ? fc.constant({}) : fc.record(Object.fromEntries(ids.map((id) => [id, filterArbitraries[id]!])))));
  return fc.record({
    mode: fc.constantFrom('history' as const, 'history' as const, 'live' as const),
    filters,
    sort,
    search: searchText(dataset),
  });
}
