import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { IdMap, IdSet } from '../../../src/engine/query/id-map.js';

/** One step of a program run against an IdMap and a Map alike. */
type Step =
  | { op: 'set'; id: string; value: number }
  | { op: 'delete'; id: string }
  | { op: 'clear' }
  | { op: 'next'; iterator: number }
  | { op: 'iterate' };

// Few distinct ids (sets, deletes and re-adds of the same ids: holes, compactions, reused slots)
// and ids that differ only in their last character or their length.
const idArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((n) => `S-${String(n).padStart(6, '0')}`),
  fc.string({ maxLength: 3 }),
);
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), id: idArbitrary, value: fc.integer() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), id: idArbitrary }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('next' as const), iterator: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'iterate' as const }) },
);

// Eight ids set and deleted over long programs: a run piles up holes past the compaction threshold
// (more than 32, more than half the positions) many times, with iterators paused across.
const churnIdArbitrary = fc.integer({ min: 0, max: 7 }).map((n) => `S-${n}`);
const churnStepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), id: churnIdArbitrary, value: fc.integer() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('delete' as const), id: churnIdArbitrary }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('next' as const), iterator: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'iterate' as const }) },
);

describe('engine: IdMap, a Map of ids kept out of the string table', () => {
  for (const [label, program, maxLength, numRuns] of [
    ['', stepArbitrary, 400, 300],
    [' (long programs over eight ids: many compactions under paused iterators)', churnStepArbitrary, 3000, 60],
  ] as const) {
  it(`behaves as a Map: values, size, insertion order, and iterators that live through changes${label}`, () => {
    fc.assert(
      fc.property(fc.array(program, { maxLength }), (steps) => {
        const ours = new IdMap<number>();
        const theirs = new Map<string, number>();
        // Three iterators each, started at the beginning, advanced by `next` steps between changes.
        const ourIterators = [ours.entries(), ours.entries(), ours.entries()];
        const theirIterators = [theirs.entries(), theirs.entries(), theirs.entries()];
        for (const step of steps) {
          if (step.op === 'set') {
            ours.set(step.id, step.value);
            theirs.set(step.id, step.value);
          } else if (step.op === 'delete') {
            expect(ours.delete(step.id)).to.equal(theirs.delete(step.id));
          } else if (step.op === 'clear') {
            ours.clear();
            theirs.clear();
          } else if (step.op === 'next') {
            expect(ourIterators[step.iterator]!.next()).to.deep.equal(theirIterators[step.iterator]!.next());
          } else {
            expect([...ours]).to.deep.equal([...theirs]);
          }
          expect(ours.size).to.equal(theirs.size);
        }
        expect([...ours.keys()]).to.deep.equal([...theirs.keys()]);
        expect([...ours.values()]).to.deep.equal([...theirs.values()]);
        for (const id of theirs.keys()) expect(ours.get(id)).to.equal(theirs.get(id));
        for (let i = 0; i < 3; i++) expect([...ourIterators[i]!]).to.deep.equal([...theirIterators[i]!]);
      }),
      { numRuns },
    );
  });
  }

  it('holds 100,000 ids, and an iterator started before most of them were deleted ends where a Map\'s does', () => {
    const ours = new IdMap<number>();
    const theirs = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      ours.set(`S-${i}`, i);
      theirs.set(`S-${i}`, i);
    }
    const ourIterator = ours.keys();
    const theirIterator = theirs.keys();
    for (let i = 0; i < 10; i++) expect(ourIterator.next().value).to.equal(theirIterator.next().value);
    // Deleting 3 in 4 then adding more compacts the positions under the running iterators.
    for (let i = 0; i < 100_000; i++) {
      if (i % 4 !== 0) {
        ours.delete(`S-${i}`);
        theirs.delete(`S-${i}`);
      }
    }
    for (let i = 0; i < 100; i++) {
      ours.set(`N-${i}`, i);
      theirs.set(`N-${i}`, i);
    }
    expect(ours.size).to.equal(theirs.size);
    expect([...ourIterator]).to.deep.equal([...theirIterator]);
    expect(ours.get('S-99996')).to.equal(99_996);
    expect(ours.has('S-99997')).to.equal(false);
  });

  it('an iterator paused across two compactions and a clear continues as a Map\'s does', () => {
    const ours = new IdMap<number>();
    const theirs = new Map<string, number>();
    const both = (change: (map: Map<string, number>) => void) => [ours, theirs].forEach((map) => change(map));
    both((map) => {
      for (let i = 0; i < 100; i++) map.set(`a${i}`, i);
    });
    const ourIterator = ours.keys();
    const theirIterator = theirs.keys();
    const step = () => {
      expect(ourIterator.next()).to.deep.equal(theirIterator.next());
    };
    for (let i = 0; i < 10; i++) step();
    // Deletions alone compact (more than 32 holes, more than half the positions)…
    both((map) => {
      for (let i = 5; i < 80; i++) map.delete(`a${i}`);
    });
    step();
    // …and so do additions once deletions have left enough holes again.
    both((map) => {
      for (let i = 0; i < 100; i++) map.set(`b${i}`, i);
      for (let i = 0; i < 90; i++) map.delete(`b${i}`);
      for (let i = 0; i < 5; i++) map.set(`c${i}`, i);
    });
    for (let i = 0; i < 5; i++) step();
    both((map) => map.clear());
    both((map) => map.set('after-clear', 1));
    expect([...ourIterator]).to.deep.equal([...theirIterator]);
    expect([...ours]).to.deep.equal([...theirs]);
  });

  it('forEach passes value, id and the map, as a Map does', () => {
    const ours = new IdMap([
      ['a', 1],
      ['b', 2],
    ]);
    const seen: unknown[] = [];
    ours.forEach((value, id, map) => seen.push([value, id, map === ours]));
    expect(seen).to.deep.equal([
      [1, 'a', true],
      [2, 'b', true],
    ]);
    expect(Object.prototype.toString.call(ours)).to.equal('[object IdMap]');
  });
});

describe('engine: IdSet', () => {
  it('behaves as a Set of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), idArbitrary), { maxLength: 200 }), (steps) => {
        const ours = new IdSet();
        const theirs = new Set<string>();
        for (const [add, id] of steps) {
          if (add) {
            ours.add(id);
            theirs.add(id);
          } else expect(ours.delete(id)).to.equal(theirs.delete(id));
          expect(ours.size).to.equal(theirs.size);
        }
        expect([...ours]).to.deep.equal([...theirs]);
        expect([...ours.entries()]).to.deep.equal([...theirs.entries()]);
        for (const [, id] of steps) expect(ours.has(id)).to.equal(theirs.has(id));
        const visited: string[] = [];
        ours.forEach((value, key, set) => {
          expect(key).to.equal(value);
          expect(set).to.equal(ours);
          visited.push(value);
        });
        expect(visited).to.deep.equal([...theirs]);
      }),
    );
  });
});
