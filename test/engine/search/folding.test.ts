import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldLower, foldLowerSlow } from '../../../src/engine/search/fold-table.js';
import { MAX_WORD_LENGTH, foldText, words } from '../../../src/engine/search/normalize.js';
import { loadDefaultLanguages } from '../../../src/engine/search/languages.js';
import { SearchCore } from '../../../src/engine/search/search-core.js';

/** The folding and splitting the table-driven code replaced: NFD + regexes over the whole text. */
function referenceWords(text: string): string[] {
  const found = foldLowerSlow(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
  return found.filter((word) => word.length <= MAX_WORD_LENGTH);
}

const CZECH = 'aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž';
const czechText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...(CZECH + CZECH.toUpperCase() + '  .,-\'"?!0123456789').split('')),
      fc.constantFrom('ß', 'ł', 'Ø', 'Æ', 'œ', 'ı', 'İ', 'Σ', 'ǅ', 'Ａ', '①', '🙂', '𝐀', '\u0301', '\u030c', '\u200d', '\ud800', 'ﬁ', '가'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('engine: folding table and word scanner', () => {
  it('folds every BMP character exactly like NFD with marks and special letters dropped', () => {
    const different: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code).toLowerCase();
      const text = `a${char}b`;
      if (foldLower(text) !== foldLowerSlow(text)) different.push(code.toString(16));
      if (words(text).join(' ') !== referenceWords(text).join(' ')) different.push(`words ${code.toString(16)}`);
    }
    expect(different).to.deep.equal([]);
  });

  it('folds and splits random Czech, mixed-script and binary text like the reference', () => {
    fc.assert(
      fc.property(czechText, (text) => {
        expect(foldText(text)).to.equal(foldLowerSlow(text.toLowerCase()));
        expect(words(text)).to.deep.equal(referenceWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps marks inside a word and drops over-long words, as the index did before', () => {
    expect(words('Objedna\u0301vka Č. 5 ŁÓDŹ Straße')).to.deep.equal(['objednavka', 'c', '5', 'lodz', 'strasse']);
    expect(words(`${'x'.repeat(MAX_WORD_LENGTH)} ${'y'.repeat(MAX_WORD_LENGTH + 1)} ok`)).to.deep.equal(['x'.repeat(MAX_WORD_LENGTH), 'ok']);
    expect(words('\u0301\u0301 ab\u0301c')).to.deep.equal(['abc']);
  });

  it('indexes with the raw-word cache exactly the terms the analyzer gives word by word', async () => {
    const languages = await loadDefaultLanguages();
    await fc.assert(
      fc.asyncProperty(fc.array(czechText, { minLength: 1, maxLength: 4 }), fc.constantFrom(undefined, 'cs', 'en-GB', 'de'), async (texts, language) => {
        const core = new SearchCore(languages);
        // Index the texts twice under two ids: the second pass is answered from the cache.
        core.add([{ id: 'first', language, texts }, { id: 'second', language, texts }]);
        const expected = core.analyzer.documentTerms(texts, language);
        for (const term of expected) {
          expect(core.index.match([[term]]), term).to.deep.equal(['first', 'second']);
        }
        expect(core.index.termCount).to.equal(expected.size);
      }),
      { numRuns: 300 },
    );
  });
});
