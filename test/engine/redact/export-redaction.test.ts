import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { sessionsToCsv, sessionsToCsvAsync, sessionsToHtml, sessionsToHtmlAsync } from '../../../src/engine/export/index.js';
import { ALL_FIELDS, shownFields } from '../../../src/engine/redact/shown-fields.js';
import { loadLanguage, modelTranslator } from '../../../src/i18n/index.js';
import '../../../src/elements/export-menu/export-menu.strings.js';
import type { DetailedSession } from '../../../src/model/index.js';
import { makeDetail } from '../export/fixtures.js';
import { frameDocument, openExport } from '../export/open-export.js';

const at = Date.UTC(2026, 10, 25, 9);
/** Every personal value planted below; none may survive a redacted export. */
const SECRETS = [
  'jana.novakova@seznam.cz',
  '+420 602 123 456',
  '4242 4242 4242 4242',
  'CZ65 0800 0000 1920 0014 5399',
  '736028/5163',
  '736028-5163',
  '88.102.45.17',
  'token=s3cr3t',
  'petr@firma.cz',
  '731 222 333',
  '5555555555554444',
  'jan@x.cz',
  '2001:db8::8a2e:370:7334',
];

function plantedSessions(): DetailedSession[] {
  return [
    makeDetail(0, 0, {
      client: { name: 'Jana (jana.novakova@seznam.cz)', email: 'jana.novakova@seznam.cz', phone: '+420 602 123 456', handle: '+420 602 123 456' },
      pageUrl: 'https://shop.example.com/checkout?email=jan@x.cz&token=s3cr3t',
      parameters: { orderId: 'A-1', contact: 'petr@firma.cz', note: '=HYPERLINK("x") IP 88.102.45.17' },
      messages: [
        { id: 'a', at, sender: 'client', text: 'karta 4242 4242 4242 4242, IBAN CZ65 0800 0000 1920 0014 5399' },
        { id: 'b', at: at + 1000, sender: 'client', text: 'RČ 736028/5163, volejte 731 222 333', files: [{ name: 'scan 736028-5163 petr@firma.cz.pdf', size: 10, mimeType: 'application/pdf', url: 'https://files.example.com/x.pdf?token=s3cr3t' }] },
        { id: 'c', at: at + 2000, sender: 'operator', authorName: 'Eva', text: 'Děkuji, platba kartou 5555555555554444 proběhla. Router 2001:db8::8a2e:370:7334.' },
      ],
      notes: [{ id: 'n', at: at + 3000, authorId: 'x', authorName: 'Sup', text: 'Klient poslal jan@x.cz a 731 222 333' }],
    }),
    makeDetail(1, 2),
  ];
}

const format = { locale: 'cs-CZ', timeZone: 'Europe/Prague', now: at };
const columns = ['clientName', 'clientEmail', 'clientPhone', 'pageUrl', 'param:contact', 'param:note', 'transcript'];

describe('exports with redaction', () => {
  // Czech loads on first use; a caller without an element asks for it (README, Theming and languages).
  before(() => loadLanguage('cs'));

  it('CSV: no planted value survives, masks are in the export language, the report counts per kind and session', () => {
    const result = sessionsToCsv(plantedSessions(), { columns, format, translate: modelTranslator('cs'), redact: {} });
    const csv = result.parts.join('');
    for (const secret of SECRETS) expect(csv, secret).not.to.include(secret);
    expect(csv).to.include('[karta •••• 4242]').and.include('[telefon]').and.include('[rodné číslo]').and.include('?[parametry]');
    // Formula neutralising still applies to the redacted text.
    expect(csv).to.include(`'=HYPERLINK`);
    // The second session's client e-mail and phone fields are hidden whole.
    expect(result.redaction!.sessions.map((s) => s.sessionId)).to.deep.equal(['s-0', 's-1']);
    expect(result.redaction!.sessions[1]!.counts).to.deep.equal({ email: 1, phone: 1 });
    expect(result.redaction!.counts).to.include({ card: 2, iban: 1, birthNumber: 2, ip: 2, urlQuery: 2 });
    expect(result.redaction!.total).to.equal(Object.values(result.redaction!.counts).reduce((a, b) => a + b, 0));
  });

  it('CSV: redacts before cutting, so a cut cell never shows the start of a hidden number', () => {
    const session = makeDetail(0, 0, { messages: [{ id: 'a', at, sender: 'client', text: 'karta 4242 4242 4242 4242 a dál' }] });
    const plain = sessionsToCsv([session], { columns: ['transcript'], maxCellLength: 60 }).parts.join('');
    expect(plain).to.include('4242 42');
    const redacted = sessionsToCsv([session], { columns: ['transcript'], maxCellLength: 60, redact: {} }).parts.join('');
    expect(redacted).not.to.match(/4242 42/);
  });

  it('CSV: the sync and async writers give the same bytes and report', async () => {
    const sessions = plantedSessions();
    const sync = sessionsToCsv(sessions, { columns, format, redact: { kinds: ['email', 'card'] } });
    const async = await sessionsToCsvAsync(sessions, { columns, format, redact: { kinds: ['email', 'card'] } });
    expect(async.parts.join('')).to.equal(sync.parts.join(''));
    expect(async.redaction).to.deep.equal(sync.redaction);
    expect(sync.redaction!.kinds).to.deep.equal(['email', 'card']);
    expect(sync.parts.join('')).to.include('731 222 333');
  });

  it('redacts and reports only the summary fields the file holds; a column it does not know counts them all', () => {
    const sessions = plantedSessions();
    const nameOnly = sessionsToCsv(sessions, { columns: ['startedAt', 'clientName'], format, redact: {} });
    // "Jana (jana.novakova@seznam.cz)" is the only value in the file.
    expect(nameOnly.redaction!.counts).to.deep.equal({ email: 1 });
    expect(nameOnly.redaction!.sessions.map((entry) => entry.sessionId)).to.deep.equal(['s-0']);
    expect(shownFields(['clientName', 'some-future-column'], false)).to.equal(ALL_FIELDS);
    expect([...(shownFields(['param:contact'], false).parameters as Set<string>)]).to.deep.equal(['contact']);
    // HTML heads each session with the client's name and lists every parameter.
    const html = shownFields(['startedAt'], true);
    expect(html.clientName && html.parameters === 'all' && !html.clientEmail).to.equal(true);
  });

  it('counts only what the file holds: notes only with the CSV notes column or HTML notes', async () => {
    const session = makeDetail(0, 0, { client: { name: 'X' }, messages: [], notes: [{ id: 'n', at, authorId: 'a', authorName: 'A', text: 'karta 4242 4242 4242 4242' }] });
    expect(sessionsToCsv([session], { columns: ['transcript'], redact: {} }).redaction!.counts).to.deep.equal({});
    // The CSV notes column holds the notes' text: redacted, counted, and not dropped.
    const withNotes = sessionsToCsv([session], { columns: ['noteCount'], redact: {} });
    expect(withNotes.redaction!.counts).to.deep.equal({ card: 1 });
    expect(withNotes.parts.join('')).to.include('karta [card •••• 4242]').and.not.include('4242 4242');
    const async = await sessionsToCsvAsync([session], { columns: ['transcript', 'noteCount'], redact: {} });
    expect(async.parts.join('')).to.include('karta [card •••• 4242]');
    expect(sessionsToHtml([session], { columns: [], redact: {} }).redaction!.counts).to.deep.equal({});
    expect((await sessionsToHtmlAsync([session], { columns: [], includeNotes: true, redact: {} })).redaction!.counts).to.deep.equal({ card: 1 });
  });

  it('reports a session once, where first met, when it is listed twice or its transcript is redacted after every summary', () => {
    const [planted, other] = plantedSessions();
    const twice = sessionsToCsv([planted!, other!, planted!], { columns, format, redact: {} }).redaction!;
    const once = sessionsToCsv([planted!, other!], { columns, format, redact: {} }).redaction!;
    expect(twice.sessions.map((entry) => entry.sessionId)).to.deep.equal(['s-0', 's-1']);
    const doubled = Object.fromEntries(Object.entries(once.sessions[0]!.counts).map(([kind, count]) => [kind, 2 * count]));
    // Same kinds in the same order, each counted for both rows.
    expect(JSON.stringify(twice.sessions[0]!.counts)).to.equal(JSON.stringify(doubled));
    expect(twice.total).to.equal(once.total + Object.values(once.sessions[0]!.counts).reduce((a, b) => a + b, 0));
    // HTML redacts every summary first, then each transcript: one entry per session all the same.
    const html = sessionsToHtml([planted!, other!], { columns: ['clientName'], format, redact: {} }).redaction!;
    expect(html.sessions.map((entry) => entry.sessionId)).to.deep.equal(['s-0']);
    // The name's e-mail (summary) and the transcript's cards and birth numbers, in one entry.
    expect(html.sessions[0]!.counts).to.include({ card: 2, birthNumber: 2 });
    expect(html.sessions[0]!.counts.email).to.be.greaterThan(1);
  });

  it('without redact the export is unchanged and has no report', () => {
    const result = sessionsToCsv(plantedSessions(), { columns, format });
    expect(result.redaction).to.equal(undefined);
    expect(result.parts.join('')).to.include('4242 4242 4242 4242');
  });

  describe('HTML', () => {
    const options = { columns: ['clientName', 'clientEmail', 'clientPhone', 'pageUrl', 'param:contact', 'param:note'], format, includeNotes: true, redact: {} };

    it('says at the top that it is redacted and which kinds, and the report matches the async run', async () => {
      const sync = sessionsToHtml(plantedSessions(), options);
      const async = await sessionsToHtmlAsync(plantedSessions(), options);
      expect(async.parts.join('')).to.equal(sync.parts.join(''));
      expect(async.redaction).to.deep.equal(sync.redaction);
      const doc = new DOMParser().parseFromString(sync.parts.join(''), 'text/html');
      const notice = doc.querySelector('header #sv-redacted')!.textContent;
      expect(notice).to.include('e-mail addresses').and.include('payment card numbers').and.include('birth numbers');
    });

    it('claims no redaction when no kind is switched on', () => {
      const html = sessionsToHtml(plantedSessions(), { ...options, redact: { kinds: [] } }).parts.join('');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelector('#sv-redacted')).to.equal(null);
      expect(html).to.include('4242 4242 4242 4242');
    });

    it('holds no planted value anywhere in the file, in text or attributes, and its search finds none', async () => {
      const html = sessionsToHtml(plantedSessions(), options).parts.join('');
      for (const secret of SECRETS) expect(html, secret).not.to.include(secret);
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const attributes = [...parsed.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value)).join('\n');
      const everything = `${parsed.documentElement.textContent}\n${attributes}`;
      for (const secret of SECRETS) expect(everything, secret).not.to.include(secret);

      const frame = await openExport(html);
      const doc = frameDocument(frame);
      const status = () => doc.getElementById('sv-status')!.textContent ?? '';
      try {
        const input = doc.getElementById('sv-q') as HTMLInputElement;
        input.focus();
        const search = async (query: string) => {
          input.select();
          await sendKeys({ type: query });
        };
        for (const query of ['seznam', 's3cr3t', '731 222', '5163', '88.102', '2001:db8']) {
          // A query that hits first, so "No matches" below is the answer to the hidden value, not a stale one.
          await search('Děkuji');
          await waitUntil(() => status() === '1 of 1', 'a visible word is found');
          await search(query);
          await waitUntil(() => status() === 'No matches', `nothing found for ${query}`);
          expect(doc.querySelectorAll('mark').length).to.equal(0);
        }
      } finally {
        frame.remove();
      }
    });
  });
});
