import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createRedactor } from '../../../src/engine/redact/index.js';
import { CORPUS } from './corpus.js';

const redactor = createRedactor({ currentYear: 2026 });
const VALUES = CORPUS.flatMap((sentence) => sentence.expected.map((label) => label.value));
const GLUE = [' ', ', ', '. ', '\n', '😀', '@', '+', '-', '/', '.', ':', '?', '(', ')', 'a', 'č', '0', '9', '"', '<', '&'];
/** Texts made of real personal data, glue characters and random text, in any order. */
const text = fc
  .array(fc.oneof(fc.constantFrom(...VALUES), fc.constantFrom(...GLUE), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''));
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('redact properties', () => {
  it('is idempotent: redacting the output again changes nothing and counts nothing', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = redactor.redact(input).text;
        const twice = redactor.redact(once);
        expect(twice.text).to.equal(once);
        expect(twice.counts).to.deep.equal({});
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, and adds no lone surrogate, on any input', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'0123456789 +-./:@?#()'), maxLength: 60 })), (input) => {
        const output = redactor.redact(input).text;
        if (!LONE_SURROGATE.test(input)) expect(LONE_SURROGATE.test(output)).to.equal(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('never leaves a detected value in the output', () => {
    fc.assert(
      fc.property(text, (input) => {
        const output = redactor.redact(input).text;
        for (const found of redactor.find(input)) expect(output).not.to.include(input.slice(found.start, found.end));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a value of the corpus nowhere in its redacted sentence', () => {
    for (const { text: sentence, expected } of CORPUS) {
      const output = redactor.redact(sentence).text;
      for (const label of expected) expect(output, sentence).not.to.include(label.value);
    }
  });

  it('stays linear on long adversarial input', () => {
    // Only that it finishes: a catastrophic backtrack would hang the test, not slow it.
    for (const unit of ['a', '1', 'a:', '1 ', '1.', '+1 ', 'a@', 'ab.', '0-']) redactor.redact(unit.repeat(20_000));
  });
});
