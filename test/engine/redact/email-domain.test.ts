import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { asciiDomainLength } from '../../../src/engine/redact/email-domain.js';

/** The e-mail detector's domain pattern, as `email.ts` writes it. */
const DOMAIN = new RegExp(String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}\-]|\.[\p{L}\p{N}])`, 'uy');
const PIECES = ['a', 'Z', '0', '9', '-', '.', '..', '.-', '-.', 'cz', 'com', 'x'.repeat(25), 'a'.repeat(63), 'a'.repeat(64), 'é', ' ', ',', '@', '_', 'č', '😀', '\u00a0'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme-ascii', maxLength: 3 })), { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('asciiDomainLength', () => {
  it('gives the Unicode pattern’s answer wherever it answers', () => {
    fc.assert(
      fc.property(text, fc.nat(3), (input, offset) => {
        const from = Math.min(offset, input.length);
        const length = asciiDomainLength(input, from);
        if (length === undefined) return;
        DOMAIN.lastIndex = from;
        expect(length, JSON.stringify(input)).to.equal(DOMAIN.exec(input)?.[0].length ?? -1);
      }),
      { numRuns: 5000 },
    );
  });

  it('answers for plain ASCII domains and leaves the rest to the pattern', () => {
    expect(asciiDomainLength('jan@seznam.cz, díky', 4)).to.equal(9);
    expect(asciiDomainLength('a@b.c.', 2)).to.equal(-1);
    expect(asciiDomainLength('a@mail.example.com.', 2)).to.equal(16);
    expect(asciiDomainLength('a@b.czé', 2)).to.equal(undefined);
  });
});
