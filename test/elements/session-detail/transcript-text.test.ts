import { expect } from '@open-wc/testing';
import { linkify, safeDownloadHref, safeLinkHref } from '../../../src/elements/session-detail/transcript/linkify.js';
import { findPhrase, findTerms } from '../../../src/elements/session-detail/transcript/find.js';
import { messageRuns } from '../../../src/elements/session-detail/transcript/segments.js';
import { initials, startsGroup } from '../../../src/elements/session-detail/transcript/grouping.js';
import { message } from './fixtures.js';

describe('transcript text helpers', () => {
  describe('linkify', () => {
    it('links http, https and mailto and keeps the text intact', () => {
      const text = 'See https://a.example/x?y=1, HTTP://B.example and mailto:help@example.com.';
      const runs = linkify(text);
      expect(runs.map((r) => r.text).join('')).to.equal(text);
      expect(runs.filter((r) => r.href).map((r) => r.href)).to.deep.equal([
        'https://a.example/x?y=1',
        'http://b.example/',
        'mailto:help@example.com',
      ]);
    });

    for (const unsafe of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'JaVaScRiPt:alert(1)', 'file:///etc/passwd']) {
      it(`does not link ${unsafe}`, () => {
        expect(linkify(`click ${unsafe} now`).some((r) => r.href)).to.equal(false);
        expect(safeLinkHref(unsafe)).to.equal(undefined);
      });
    }

    it('ends a URL before closing punctuation it did not open', () => {
      const runs = linkify('(see https://a.example/path)');
      expect(runs.find((r) => r.href)?.text).to.equal('https://a.example/path');
      expect(linkify('https://en.wikipedia.org/wiki/Foo_(bar)').find((r) => r.href)?.text).to.equal('https://en.wikipedia.org/wiki/Foo_(bar)');
    });

    it('allows only http(s) for downloads', () => {
      expect(safeDownloadHref('https://files.example/a.pdf')).to.equal('https://files.example/a.pdf');
      expect(safeDownloadHref('mailto:a@b.c')).to.equal(undefined);
      expect(safeDownloadHref('javascript:alert(1)')).to.equal(undefined);
      expect(safeDownloadHref('/relative/a.pdf')).to.equal(undefined);
    });
  });

  describe('find', () => {
    const list = [message(0, { text: 'Objednávka č. 5 NEDORAZILA' }), message(1, { text: 'objednavka znovu, objednávka' })];

    it('finds a phrase case- and diacritics-insensitively with offsets into the original text', () => {
      const hits = findPhrase(list, 'OBJEDNAVKA');
      expect(hits.map((h) => h.messageIndex)).to.deep.equal([0, 1, 1]);
      for (const hit of hits) {
        expect(list[hit.messageIndex]!.text.slice(hit.start, hit.end).toLowerCase()).to.match(/^objedn[aá]vka$/);
      }
    });

    it('keeps offsets exact when the text is decomposed (NFD)', () => {
      const nfd = [message(0, { text: 'Zásilka'.normalize('NFD') + ' dorazila' })];
      const [hit] = findPhrase(nfd, 'dorazila');
      expect(nfd[0]!.text.slice(hit!.start, hit!.end)).to.equal('dorazila');
    });

    it('matches search terms at word starts only', () => {
      const hits = findTerms([message(0, { text: 'pravda a nepravda' })], 'pravd');
      expect(hits).to.have.length(1);
      expect(hits[0]!.start).to.equal(0);
    });

    it('finds nothing for an empty query', () => {
      expect(findPhrase(list, '  ')).to.deep.equal([]);
      expect(findTerms(list, [])).to.deep.equal([]);
    });
  });

  it('splits marks across link boundaries', () => {
    const text = 'go https://a.example now';
    const runs = messageRuns(text, [{ start: 0, end: 10, order: 0 }]);
    expect(runs.map((r) => r.pieces.map((p) => `${p.mark ? '[' : ''}${p.text}${p.mark ? ']' : ''}`).join(''))).to.deep.equal([
      '[go ]',
      '[https:/]/a.example',
      ' now',
    ]);
    expect(runs[1]!.href).to.equal('https://a.example/');
  });

  it('groups consecutive messages of one author and gives initials', () => {
    const list = [
      message(0, { sender: 'client' }),
      message(1, { sender: 'client', authorId: undefined, authorName: 'Žofie Černá', at: message(0).at + 1000 }),
      message(2, { sender: 'operator' }),
      message(3, { sender: 'system', authorName: undefined }),
    ];
    expect(list.map((_, i) => startsGroup(list, i))).to.deep.equal([true, false, true, true]);
    expect(initials('Žofie Černá')).to.equal('ŽČ');
    expect(initials('jana')).to.equal('J');
    expect(initials('  ')).to.equal('?');
  });
});
