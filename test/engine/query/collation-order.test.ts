import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { collationOrder } from '../../../src/engine/query/collation-order.js';
import { textRanks } from '../../../src/engine/query/sort.js';

const PIECES = ['ch', 'Ch', 'CH', 'c', 'C', 'č', 'Č', 'h', 'i', 'ř', 'r', 's', 'š', 'z', 'ž', 'á', 'a', 'A', 'e', 'é', 'ě', 'ň', 'ů', ' ', '-', '.', '/', ':', '_', '0', '007', '9', '10', '2', 'ß', 'Ø', 'ı', '🙂', 'Ж', '\u0301', 'x'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 8 }).map((parts) => parts.join(''));

/** The plain way: every comparison through the collator. */
function reference(texts: readonly string[], collator: Intl.Collator): { order: string[]; ties: boolean[] } {
  const order = [...texts].sort(collator.compare);
  return { order, ties: order.map((value, i) => i > 0 && collator.compare(order[i - 1]!, value) === 0) };
}

describe('engine: collation order of distinct texts', () => {
  for (const locale of ['cs-CZ', 'en-GB', 'de']) {
    it(`orders exactly as the ${locale} collator, ties included`, () => {
      const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'variant' });
      fc.assert(
        fc.property(fc.uniqueArray(text, { maxLength: 40 }), (texts) => {
          const { order, tiesPrevious } = collationOrder(texts, collator);
          const expected = reference(texts, collator);
          // Collator-equal texts may come in either order; compare them through the collator.
          const got = order.map((i) => texts[i]!);
          got.forEach((value, i) => void expect(collator.compare(value, expected.order[i]!), `${value} at ${i}`).to.equal(0));
          expect(Array.from(tiesPrevious, Boolean)).to.deep.equal(expected.ties);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('ranks Czech names the way a reader expects: C < Č < H < Ch < I, numbers by value', () => {
    const collator = new Intl.Collator('cs-CZ', { numeric: true, sensitivity: 'variant' });
    const names = ['Ivan', 'Chalupa', 'Horák', 'Čermák', 'Cibulka', 'Dvořák', 'Adam 10', 'Adam 9', ''];
    const { ranks } = textRanks(names, collator);
    const ordered = names.filter((name) => name !== '').sort((a, b) => ranks[names.indexOf(a)]! - ranks[names.indexOf(b)]!);
    expect(ordered).to.deep.equal(['Adam 9', 'Adam 10', 'Cibulka', 'Čermák', 'Dvořák', 'Horák', 'Chalupa', 'Ivan']);
    expect(ranks[names.indexOf('')]).to.equal(-1);
  });
});
