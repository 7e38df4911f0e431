import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sessionsToHtml } from '../../../src/engine/export/index.js';
import { Analyzer } from '../../../src/engine/search/analyzer.js';
import { loadDefaultLanguages } from '../../../src/engine/search/languages.js';
import { tokenize } from '../../../src/engine/search/normalize.js';
import { makeDetail } from './fixtures.js';
import { openExport } from './open-export.js';

interface EmbeddedAnalyzer {
  analyzer: { stems(word: string): string[]; stopWords: ReadonlySet<string> };
  tokenize: typeof tokenize;
}

const CZECH = ['objednavka', 'objednavky', 'objednavce', 'reklamace', 'reklamaci', 'reklamacemi', 'zakaznik', 'zakaznikum', 'penize', 'vraceni', 'doruceni', 'kosik'];
const ENGLISH = ['refunded', 'refunding', 'orders', 'ordering', 'delivery', 'deliveries', 'happiness', 'generalization', 'cancelled'];

/**
 * The HTML export embeds a generated copy of the app's analyzer (tooling/build-export-analyzer.mjs).
 * If the app's analyzer changes and the copy is not regenerated, this fails.
 */
describe('HTML export: the embedded analyzer is the app\'s', () => {
  it('stems and splits exactly as the app does', async () => {
    const html = sessionsToHtml([makeDetail(0, 1)], { columns: ['id'], format: { locale: 'en-GB', timeZone: 'UTC', now: 0 } }).parts.join('');
    const frame = await openExport(html);
    try {
      const embedded = (frame.contentWindow as unknown as { svAnalyzer: EmbeddedAnalyzer }).svAnalyzer;
      const app = new Analyzer(await loadDefaultLanguages());
      expect([...embedded.analyzer.stopWords].sort()).to.deep.equal([...app.stopWords].sort());
      for (const word of [...CZECH, ...ENGLISH]) expect(embedded.analyzer.stems(word), word).to.deep.equal(app.stems(word));
      fc.assert(
        fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (word) => {
          expect(embedded.analyzer.stems(word)).to.deep.equal(app.stems(word));
        }),
        { numRuns: 300 },
      );
      const text = 'Dobrý den, Nova\u0301kova: objednávka č. A-17 — refunded!';
      expect(embedded.tokenize(text)).to.deep.equal(tokenize(text));
    } finally {
      frame.remove();
    }
  });
});
