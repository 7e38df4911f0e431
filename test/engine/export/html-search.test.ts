import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { sessionsToHtml } from '../../../src/engine/export/index.js';
import { makeDetail } from './fixtures.js';
import { freezeTimers, frameDocument, openExport } from './open-export.js';

const at = Date.UTC(2026, 10, 25, 9);
const sessions = [
  makeDetail(0, 0, { client: { name: 'Žofie Nováková' }, messages: [{ id: 'a', at, sender: 'client', text: 'Dobrý den, tady Nováková.' }] }),
  makeDetail(1, 0, { client: { name: 'Jan Dvořák' }, messages: [{ id: 'b', at, sender: 'client', text: 'nothing to see here' }] }),
  makeDetail(2, 0, {
    client: { name: 'Petr Svoboda' },
    // Decomposed "á" (a + combining acute) and upper case must match too.
    messages: [{ id: 'c', at, sender: 'operator', authorName: 'Eva', text: 'Pan NOVAK volal, paní Nova\u0301kova také.' }],
  }),
];

describe('HTML export in-file search', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let clock: ReturnType<typeof freezeTimers>;
  const status = () => doc.getElementById('sv-status')!.textContent;
  const current = () => doc.querySelector('mark.current');
  const marks = () => [...doc.querySelectorAll('mark')];
  const visibleRows = () => [...doc.querySelectorAll<HTMLElement>('#sv-summary tbody tr')].filter((row) => !row.hidden).map((row) => row.dataset['s']);

  beforeEach(async () => {
    const html = sessionsToHtml(sessions, { columns: ['clientName', 'channel'], format: { locale: 'en-GB', timeZone: 'UTC', now: at } }).parts.join('');
    frame = await openExport(html);
    clock = freezeTimers(frame);
    doc = frameDocument(frame);
    doc.getElementById('sv-q')!.focus();
  });
  afterEach(() => {
    clock.restore();
    frame.remove();
  });

  it('finds a diacritic-free query in accented text, counts and highlights every hit', async () => {
    await sendKeys({ type: 'novak' });
    clock.tick(150); // the pause in typing the search waits for
    // Whole words, as the app highlights them: "novak" begins "Nováková".
    expect(marks().map((mark) => mark.textContent)).to.deep.equal([
      'Nováková', // summary row, client name
      'Nováková', // article heading
      'Nováková', // article fields
      'Nováková', // transcript
      'NOVAK',
      'Nova\u0301kova',
    ]);
    expect(status()).to.equal('1 of 6');
    expect(current()).to.equal(marks()[0]);
  });

  it('jumps between hits with Enter and Shift+Enter, wrapping at the ends', async () => {
    await sendKeys({ type: 'novak' });
    clock.tick(150); // the pause in typing the search waits for
    await sendKeys({ press: 'Enter' });
    expect(current()).to.equal(marks()[1]);
    expect(status()).to.equal('2 of 6');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    expect(current()).to.equal(marks()[5]);
    expect(status()).to.equal('6 of 6');
    expect(current()!.closest('article')!.id).to.equal('s3');
  });

  it('filters the summary table to matching sessions and restores it when cleared', async () => {
    await sendKeys({ type: 'novak' });
    clock.tick(150); // the pause in typing the search waits for
    expect(visibleRows()).to.deep.equal(['1', '3']);
    await sendKeys({ press: 'Escape' });
    expect(visibleRows()).to.deep.equal(['1', '2', '3']);
    expect(marks()).to.deep.equal([]);
    expect(doc.getElementById('s1')!.textContent).to.contain('Dobrý den, tady Nováková.');
  });

  it('says so when nothing matches', async () => {
    await sendKeys({ type: 'zzz' });
    await sendKeys({ press: 'Enter' });
    expect(status()).to.equal('No matches');
    expect(visibleRows()).to.deep.equal([]);
  });
});

describe('HTML export in-file search with the app\'s analyzer', () => {
  const words = [
    makeDetail(0, 0, { messages: [{ id: 'a', at, sender: 'client', text: 'Kde je moje objednávka? Objednávky od včerejška nechodí.' }] }),
    makeDetail(1, 0, { messages: [{ id: 'b', at, sender: 'operator', authorName: 'Eva', text: 'K objednávce vám pošlu kód. The order was refunded.' }] }),
    makeDetail(2, 0, { messages: [{ id: 'c', at, sender: 'client', text: 'Neobjednavkovy text: objednat, refundable.' }] }),
  ];
  let frame: HTMLIFrameElement;
  let doc: Document;
  let clock: ReturnType<typeof freezeTimers>;
  const marks = () => [...doc.querySelectorAll('mark')].map((mark) => mark.textContent);
  const visibleRows = () => [...doc.querySelectorAll<HTMLElement>('#sv-summary tbody tr')].filter((row) => !row.hidden).map((row) => row.dataset['s']);
  const search = async (text: string) => {
    const input = doc.getElementById('sv-q') as HTMLInputElement;
    input.value = '';
    input.focus();
    await sendKeys({ type: text });
    clock.tick(150);
  };

  beforeEach(async () => {
    const html = sessionsToHtml(words, { columns: ['id'], format: { locale: 'en-GB', timeZone: 'UTC', now: at } }).parts.join('');
    frame = await openExport(html);
    clock = freezeTimers(frame);
    doc = frameDocument(frame);
  });
  afterEach(() => {
    clock.restore();
    frame.remove();
  });

  it('finds Czech root words with or without diacritics, not mere substrings', async () => {
    await search('objednavka');
    expect(marks()).to.deep.equal(['objednávka', 'Objednávky', 'objednávce']);
    expect(visibleRows()).to.deep.equal(['1', '2']);
    await search('objednávky');
    expect(marks()).to.deep.equal(['objednávka', 'Objednávky', 'objednávce']);
  });

  it('finds English root words and needs every word of the query in a session', async () => {
    await search('refunds');
    expect(marks()).to.deep.equal(['refunded', 'refundable']);
    await search('objednavka refund');
    expect(visibleRows()).to.deep.equal(['2']);
    expect(marks()).to.include.members(['objednávce', 'refunded']);
  });
});

describe('HTML export without JavaScript and in print', () => {
  const html = sessionsToHtml(sessions, { columns: ['clientName'], format: { locale: 'en-GB', timeZone: 'UTC', now: at } }).parts.join('');

  it('is complete and readable with scripts disabled', async () => {
    const frame = await openExport(html, 'allow-same-origin');
    try {
      const doc = frameDocument(frame);
      expect(getComputedStyle(doc.getElementById('sv-search')!).display).to.equal('none');
      for (const session of sessions) expect(doc.body.textContent).to.contain(session.messages[0]!.text);
      expect(doc.querySelectorAll('#sv-summary tbody tr')).to.have.length(3);
    } finally {
      frame.remove();
    }
  });

  it('hides the search and contents and starts each session on a new page when printed', async () => {
    const frame = await openExport(html);
    try {
      await emulateMedia({ media: 'print' });
      const doc = frameDocument(frame);
      expect(getComputedStyle(doc.getElementById('sv-search')!).display).to.equal('none');
      expect(getComputedStyle(doc.getElementById('sv-toc')!).display).to.equal('none');
      expect(getComputedStyle(doc.getElementById('s2')!).breakBefore).to.equal('page');
    } finally {
      await emulateMedia({ media: 'screen' });
      frame.remove();
    }
  });
});
