import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ViewEngine } from '../../../src/engine/query/view-engine.js';
import { columnById, type SessionQuery, type SortSpec } from '../../../src/model/index.js';
import { NOW, OPERATORS, makeSession, sessionsArbitrary } from './fixtures.js';

const ctx = { locale: 'cs-CZ', timeZone: 'Europe/Prague' };
const collator = new Intl.Collator('cs-CZ', { numeric: true });
const SORTABLE = ['clientName', 'startedAt', 'channel', 'duration', 'operator', 'hasRecording', 'endReason', 'param:orderId'];

/** Reference order: a plain comparator; missing values last in both directions. */
function compareBy(spec: SortSpec) {
  const column = columnById(spec.column)!;
  return (a: ReturnType<typeof makeSession>, b: ReturnType<typeof makeSession>): number => {
    const x = column.value(a, NOW);
    const y = column.value(b, NOW);
    const missingX = x === undefined || x === '';
    const missingY = y === undefined || y === '';
    if (missingX || missingY) return Number(missingX) - Number(missingY);
    const order = typeof x === 'string' ? collator.compare(x, String(y)) : Number(x) - Number(y);
    return spec.direction === 'desc' ? -order : order;
  };
}

describe('engine: sort', () => {
  it('is ordered by every key in turn and stable (ties keep load order)', () => {
    const specArbitrary = fc.uniqueArray(
      fc.record({ column: fc.constantFrom(...SORTABLE), direction: fc.constantFrom('asc' as const, 'desc' as const) }),
      { minLength: 1, maxLength: 3, selector: (spec) => spec.column },
    );
    fc.assert(
      fc.property(sessionsArbitrary, specArbitrary, fc.constantFrom('history' as const, 'live' as const), (all, sort, mode) => {
        const engine = new ViewEngine(ctx);
        engine.setSessions(all);
        const ids = engine.compute({ mode, filters: {}, sort, search: '' }, NOW);
        const sessions = all.filter((s) => (s.state === 'ended') === (mode === 'history'));
        const comparators = sort.map(compareBy);
        // Array.prototype.sort is stable, so this is the reference for "stable multi-key sort".
        const expected = [...sessions].sort((a, b) => {
          for (const compare of comparators) {
            const order = compare(a, b);
            if (order !== 0) return order;
          }
          return 0;
        });
        expect(ids).to.deep.equal(expected.map((s) => s.id));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts Czech names with Czech collation: "Č" after "C" and "Ch" after "H"', () => {
    const names = ['Chalupa', 'Čapek', 'Cibulka', 'Hora', 'Adam', 'Žák', 'Zeman'];
    const engine = new ViewEngine(ctx);
    engine.setSessions(names.map((name, i) => makeSession({ id: `s${i}`, client: { name } })));
    const ids = engine.compute({ mode: 'history', filters: {}, sort: [{ column: 'clientName', direction: 'asc' }], search: '' }, NOW);
    expect(ids.map((id) => engine.get(id)!.client.name)).to.deep.equal(['Adam', 'Cibulka', 'Čapek', 'Hora', 'Chalupa', 'Zeman', 'Žák']);
  });

  it('re-sorts correctly after live changes add new names', () => {
    const engine = new ViewEngine(ctx);
    engine.setSessions([makeSession({ id: 'a', client: { name: 'Bára' } }), makeSession({ id: 'b', client: { name: 'Dana' } })]);
    const query: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'clientName', direction: 'asc' }], search: '' };
    expect(engine.compute(query, NOW)).to.deep.equal(['a', 'b']);
    engine.upsert([makeSession({ id: 'c', client: { name: 'Cyril' } }), makeSession({ id: 'a', client: { name: 'Eva' } })]);
    expect(engine.compute(query, NOW)).to.deep.equal(['c', 'b', 'a']);
    engine.remove(['b', 'unknown']);
    expect(engine.compute(query, NOW)).to.deep.equal(['c', 'a']);
  });
});

describe('engine: value lists', () => {
  const sessions = [
    makeSession({ id: '1', channel: 'whatsapp', operators: [OPERATORS[0]!, OPERATORS[1]!], hasRecording: true }),
    makeSession({ id: '2', channel: 'whatsapp', operators: [OPERATORS[0]!] }),
    makeSession({ id: '3', channel: 'phone', operators: [OPERATORS[1]!], hasRecording: true }),
    makeSession({ id: '4', channel: 'email', operators: [] }),
  ];
  const engine = new ViewEngine(ctx);
  engine.setSessions(sessions);

  it('counts each value under the other filters but not the column’s own', () => {
    const query: SessionQuery = {
      mode: 'history',
      filters: { channel: { kind: 'values', values: ['whatsapp'] }, hasRecording: { kind: 'boolean', value: true } },
      sort: [],
      search: '',
    };
    const t = (key: string) => `«${key}»`;
    const channels = engine.valueList('channel', query, NOW, { t });
    // Own filter ignored (phone still listed), the recording filter applied (email has none).
    expect(channels).to.deep.equal([
      { key: 'phone', label: '«channel.phone»', count: 1, selected: false },
      { key: 'whatsapp', label: '«channel.whatsapp»', count: 1, selected: true },
    ]);
    const operators = engine.valueList('operator', query, NOW);
    expect(operators).to.deep.equal([{ key: 'op-1', label: 'Jana Nováková', count: 1, selected: false }, { key: 'op-2', label: 'Petr Černý', count: 1, selected: false }]);
  });

  it('keeps a selected value that no row has any more, so it can be cleared, and ignores unknown columns', () => {
    const query: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['vkontakte'] } }, sort: [], search: '' };
    const list = engine.valueList('channel', query, NOW);
    expect(list.find((entry) => entry.key === 'vkontakte')).to.deep.equal({ key: 'vkontakte', label: 'vkontakte', count: 0, selected: true });
    expect(engine.valueList('no-such-column', query, NOW)).to.deep.equal([]);
  });

  it('applies the search hits too', () => {
    const query: SessionQuery = { mode: 'history', filters: {}, sort: [], search: 'x' };
    const list = engine.valueList('channel', query, NOW, { matchIds: new Set(['3', '4']) });
    expect(list.map((entry) => [entry.key, entry.count])).to.deep.equal([['email', 1], ['phone', 1]]);
  });
});

describe('engine: sort ranks prepared in slices', () => {
  it('equal the ranks computed in one go, for Czech names with ties and accents (fast-check)', async () => {
    const { textRanksOf, textRanksSliced } = await import('../../../src/engine/query/sort.js');
    const { Slicer } = await import('../../../src/engine/query/sliced.js');
    const collator = new Intl.Collator('cs', { numeric: true, sensitivity: 'variant' });
    const names = fc.array(fc.constantFrom('Čeněk', 'cenek', 'Chalupa', 'Hora', 'hora', 'Žofie', 'Zdeněk', 'Ábel', 'abel', 'A-12', 'A-2', '', 'ch'), { maxLength: 3000 });
    await fc.assert(
      fc.asyncProperty(names, async (values) => {
        const whole = textRanksOf(values.length, (row) => values[row], collator);
        const sliced = await textRanksSliced(values.length, (row) => values[row], collator, new Slicer());
        expect([...sliced.ranks]).to.deep.equal([...whole.ranks]);
        expect(sliced.distinct).to.equal(whole.distinct);
      }),
      { numRuns: 40 },
    );
  });

  it('equal the number ranks computed in one go: ties, booleans, NaN and missing values (fast-check)', async () => {
    const { numberRanks, numberRanksSliced } = await import('../../../src/engine/query/sort.js');
    const { Slicer } = await import('../../../src/engine/query/sliced.js');
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), fc.boolean(), fc.constant(undefined), fc.constant(Number.NaN));
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 3000 }), async (values) => {
        const whole = numberRanks(values);
        const sliced = await numberRanksSliced(values, new Slicer());
        expect([...sliced.ranks]).to.deep.equal([...whole.ranks]);
        expect(sliced.distinct).to.equal(whole.distinct);
      }),
      { numRuns: 60 },
    );
  });

  it('equal them for 40,000 distinct names (several sorted runs merged)', async () => {
    const { textRanksOf, textRanksSliced } = await import('../../../src/engine/query/sort.js');
    const { Slicer } = await import('../../../src/engine/query/sliced.js');
    const collator = new Intl.Collator('cs', { numeric: true, sensitivity: 'variant' });
    const syllables = ['ča', 'ko', 'ch', 'Ře', 'zi', 'á', 'Bo', 'x', '1', '12'];
    const values = Array.from({ length: 40_000 }, (_, i) => `${syllables[i % 10]}${syllables[(i * 7) % 10]}${syllables[(i * 13) % 10]} ${i % 997}`);
    const whole = textRanksOf(values.length, (row) => values[row], collator);
    const sliced = await textRanksSliced(values.length, (row) => values[row], collator, new Slicer());
    expect([...sliced.ranks]).to.deep.equal([...whole.ranks]);
  });
});
