import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadLanguage, modelTranslator } from '../../../src/i18n/index.js';
import {
  DEFAULT_MAX_CELL_LENGTH,
  defaultCsvDelimiter,
  sessionsToCsv,
  type CsvOptions,
} from '../../../src/engine/export/index.js';
import type { SessionSummary } from '../../../src/model/index.js';
import { makeMessages, makeSession, parseCsv } from './fixtures.js';

const join = (parts: string[]) => parts.join('');
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);
const csv = (sessions: SessionSummary[], options: CsvOptions) => withoutBom(join(sessionsToCsv(sessions, options).parts));
const rowsOf = (sessions: SessionSummary[], options: CsvOptions) => parseCsv(csv(sessions, options), options.delimiter ?? ',');

/** Independent oracle of the neutralising rule: the first visible character is a trigger. */
const FORMULA_START = /^[\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u;
const expectedText = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const TRICKY = ['"', ',', ';', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', ' ', '\u00a0', '＝', '＋', '－', '＠', '😀', 'é', 'a', '1', "'"];
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('sessionsToCsv', () => {
  // Czech loads on first use; a caller without an element asks for it (README, Theming and languages).
  before(() => loadLanguage('cs'));

  it('round-trips any text through an RFC 4180 parser as the neutralised input (1,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: cellText, a: cellText, b: cellText, id: cellText, rating: fc.integer({ min: -1000, max: 1000 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom<',' | ';'>(',', ';'),
        (records, delimiter) => {
          const sessions = records.map((r, i) =>
            makeSession(i, { id: r.id, client: { name: r.name }, parameters: { a: r.a, b: r.b }, rating: r.rating }),
          );
          const rows = rowsOf(sessions, { columns: ['id', 'clientName', 'param:a', 'param:b', 'rating'], delimiter });
          expect(rows[0]).to.deep.equal(['id', 'clientName', 'a', 'b', 'rating']);
          expect(rows.slice(1)).to.deep.equal(
            records.map((r) => [expectedText(r.id), expectedText(r.name), expectedText(r.a), expectedText(r.b), String(r.rating)]),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('neutralises every trigger, also after leading spaces and in multi-line values', () => {
    const values = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '＝1', '＋1', '－1', '＠x', '  =1', '\u00a0=1', '=1+1\nnote'];
    // Characters a spreadsheet drops or does not show before the first visible one count as space.
    values.push('\u0000=1+1', '\u0001+1', '\u007f-1', '\u0085=1', '\u009f@x', '\u200b=1', '\u200d\u2060=1', '\u202e=1', '\ufeff=1', '\u00ad=1', '\u{e0001}=1', '\ufe0f=1', '\u3164=1', '\u2028=1', '\u3000＝1');
    const sessions = values.map((value, i) => makeSession(i, { parameters: { v: value } }));
    const column = rowsOf(sessions, { columns: ['param:v'] })
      .slice(1)
      .map((row) => row[0]);
    expect(column).to.deep.equal(values.map((value) => `'${value}`));
  });

  it('leaves ordinary text alone and keeps true numbers as numbers, negative ones too', () => {
    const sessions = [makeSession(0, { rating: -3, parameters: { v: 'a=b' } }), makeSession(1, { rating: 4, parameters: { v: "'quoted" } })];
    const text = csv(sessions, { columns: ['rating', 'param:v'] });
    expect(text.split('\r\n')).to.deep.equal(['rating,v', '-3,a=b', "4,'quoted", '']);
    const strings = csv([makeSession(0, { parameters: { v: '-3' } })], { columns: ['param:v'] });
    expect(strings).to.equal("v\r\n'-3\r\n");
  });

  it('writes a UTF-8 BOM by default, CRLF line ends, and no BOM when asked', () => {
    const withBom = join(sessionsToCsv([makeSession(0)], { columns: ['id'] }).parts);
    expect(withBom).to.equal('\uFEFFid\r\ns-0\r\n');
    expect(join(sessionsToCsv([makeSession(0)], { columns: ['id'], bom: false }).parts)).to.equal('id\r\ns-0\r\n');
  });

  for (const length of [31_999, 32_000, 32_001, 100_000]) {
    it(`caps a ${length.toLocaleString('en')}-character cell with an emoji at the cut`, () => {
      const cut = DEFAULT_MAX_CELL_LENGTH - '… [truncated]'.length;
      // The emoji's high surrogate sits exactly where a naive cut would fall.
      const value = `${'a'.repeat(cut - 1)}😀${'b'.repeat(Math.max(0, length - cut - 1))}`.slice(0, length);
      const result = sessionsToCsv([makeSession(0, { parameters: { long: value } })], { columns: ['id', 'param:long'] });
      const cell = parseCsv(withoutBom(join(result.parts)), ',')[1]![1]!;
      expect(cell.length).to.be.at.most(DEFAULT_MAX_CELL_LENGTH);
      expect(LONE_SURROGATE.test(cell)).to.equal(false);
      if (length <= DEFAULT_MAX_CELL_LENGTH) {
        expect(cell).to.equal(value);
        expect(result.truncated).to.deep.equal([]);
      } else {
        expect(cell.endsWith('… [truncated]')).to.equal(true);
        expect(cell.startsWith('a'.repeat(cut - 1))).to.equal(true);
        expect(result.truncated).to.deep.equal([{ sessionId: 's-0', columnId: 'param:long' }]);
      }
    });
  }

  it('never splits a surrogate pair wherever the cut falls, and honours a configured limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 30, max: 80 }), (offset, max) => {
        const value = `${'x'.repeat(offset)}${'😀'.repeat(40)}`;
        const result = sessionsToCsv([makeSession(0, { parameters: { v: value } })], { columns: ['param:v'], maxCellLength: max });
        const cell = parseCsv(withoutBom(join(result.parts)), ',')[1]![0]!;
        expect(cell.length).to.be.at.most(max);
        expect(LONE_SURROGATE.test(cell)).to.equal(false);
        expect(result.truncated.length).to.equal(value.length > max ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('counts the neutralising quote toward the limit', () => {
    const value = `=${'a'.repeat(DEFAULT_MAX_CELL_LENGTH - 1)}`;
    const result = sessionsToCsv([makeSession(0, { parameters: { v: value } })], { columns: ['param:v'] });
    const cell = parseCsv(withoutBom(join(result.parts)), ',')[1]![0]!;
    expect(cell.startsWith("'=")).to.equal(true);
    expect(cell.length).to.be.at.most(DEFAULT_MAX_CELL_LENGTH);
    expect(result.truncated).to.have.length(1);
  });

  it('uses ";" and decimal commas for Czech, "," for English', () => {
    expect(defaultCsvDelimiter('cs-CZ')).to.equal(';');
    expect(defaultCsvDelimiter('de')).to.equal(';');
    expect(defaultCsvDelimiter('en-US')).to.equal(',');
    const text = csv([makeSession(0, { rating: 4.5, parameters: { v: 'a;b' } })], { columns: ['rating', 'param:v'], delimiter: ';' });
    expect(text).to.equal('rating;v\r\n4,5;"a;b"\r\n');
  });

  it('translates headers and values, and writes dates as ISO or in the viewer format', () => {
    const session = makeSession(0, { startedAt: Date.UTC(2026, 10, 25, 9, 0, 0), endedAt: Date.UTC(2026, 10, 25, 9, 12, 5) });
    const options: CsvOptions = {
      columns: ['startedAt', 'channel', 'duration', 'hasRecording'],
      translate: modelTranslator('cs'),
      format: { locale: 'cs-CZ', timeZone: 'Europe/Prague', now: Date.UTC(2026, 10, 26) },
      delimiter: ';',
    };
    expect(rowsOf([session], options)).to.deep.equal([
      ['Začátek', 'Kanál', 'Délka', 'Nahrávka'],
      ['2026-11-25T09:00:00Z', 'Webový chat', '0:12:05', 'Ano'],
    ]);
    const viewer = rowsOf([session], { ...options, dates: 'viewer' })[1]![0]!;
    expect(viewer).to.contain('10:00');
    expect(viewer).to.contain('25');
  });

  it('flattens the transcript with time and sender from the details lookup', () => {
    const messages = makeMessages(0, 4);
    const rows = rowsOf([makeSession(0)], { columns: ['id', 'transcript'], details: { 's-0': messages } });
    const lines = rows[1]![1]!.split('\n');
    expect(lines[0]).to.equal(`[${new Date(messages[0]!.at).toISOString().replace('.000Z', 'Z')}] * System: Session queued`);
    expect(lines[1]).to.match(/^\[2026-11-25T\d\d:\d\d:\d\dZ\] Client: /);
    expect(lines[2]).to.contain('Operator 0 (Operator): ');
    expect(lines.some((line) => line.includes('[File: invoice.pdf, 48213 B, application/pdf, https://files.example.com/0.pdf]'))).to.equal(true);
  });

  it('skips unknown column ids and neutralises formula-like parameter names in the header', () => {
    const rows = rowsOf([makeSession(0, { parameters: { '=HYPERLINK("x")': 'v' } })], { columns: ['nope', 'param:=HYPERLINK("x")'] });
    expect(rows).to.deep.equal([["'=HYPERLINK(\"x\")"], ['v']]);
  });
});
