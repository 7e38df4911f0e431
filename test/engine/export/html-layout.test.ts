import { expect } from '@open-wc/testing';
import { sessionsToHtml } from '../../../src/engine/export/index.js';
import { modelTranslator } from '../../../src/i18n/index.js';
import { makeSession } from './fixtures.js';
import { frameDocument, openExport } from './open-export.js';

const format = { locale: 'en-GB', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 26) };
const columns = ['id', 'state', 'channel', 'startedAt', 'endedAt', 'duration', 'clientName', 'operator', 'group', 'endReason', 'messageCount', 'rating'];

/** Words of a cell laid out on more than one line: a word broken inside. */
function brokenWords(doc: Document): string[] {
  const broken: string[] = [];
  for (const cell of doc.querySelectorAll('#sv-summary td, #sv-summary th')) {
    const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = doc.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
  }
  return broken;
}

describe('HTML export: summary table layout', () => {
  it('never breaks a word in the summary and uses the width of a 1440 px window', async () => {
    const sessions = Array.from({ length: 30 }, (_, i) => makeSession(i, { id: `S-0100${i}`, endReason: 'client-ended' }));
    const html = sessionsToHtml(sessions, { columns, translate: modelTranslator('en'), format }).parts.join('');
    const frame = await openExport(html);
    frame.width = '1440';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const doc = frameDocument(frame);
    expect(brokenWords(doc)).to.deep.equal([]);
    const table = doc.querySelector('#sv-summary table')!.getBoundingClientRect();
    expect(table.width).to.be.greaterThan(1300);
    frame.remove();
  });
});
