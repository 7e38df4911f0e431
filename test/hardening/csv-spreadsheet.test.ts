/**
 * CSV formula injection against a real spreadsheet (issue 12, defect 10): the library's CSV
 * exports (the API's and the toolbar's download), with every text field of every session holding a formula behind a character a
 * spreadsheet may drop or not show (controls with NUL, format and zero-width characters, BOM,
 * spaces of every kind), are opened in LibreOffice Calc with formula evaluation on; no cell may
 * become a formula. A control line written without the library proves the check sees formulas.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sv-export-menu.js';
import type { ExportMenu } from '../../src/elements/export-menu/export-menu.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { sessionsToCsv } from '../../src/engine/export/index.js';
import { COLUMNS, type Message, type SessionSummary } from '../../src/model/index.js';
import { modelTranslator } from '../../src/i18n/index.js';
import { makeSession } from '../engine/export/fixtures.js';

interface SpreadsheetAnswer {
  pending?: boolean;
  error?: string;
  files?: Array<{ name: string; formulas: string[]; rows: number }>;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** What may stand before the first visible character: one of each, and a few mixed runs. */
const INVISIBLE_LEADS = [
  ...range(0x00, 0x1f), // C0 controls, NUL first
  '\u007f',
  ...range(0x80, 0x9f), // C1 controls
  ' ', '\u00a0', '\u1680', ...range(0x2000, 0x200a), '\u202f', '\u205f', '\u3000', '\u2028', '\u2029', // spaces and separators
  '\u00ad', '\u034f', '\u061c', '\u115f', '\u1160', '\u17b4', '\u180e', ...range(0x200b, 0x200f), ...range(0x202a, 0x202e), // format, zero-width
  ...range(0x2060, 0x2064), ...range(0x2066, 0x206f), '\u3164', '\ufe0f', '\ufeff', '\uffa0', '\u{1d173}', '\u{e0001}', '\u{e0020}',
  '\u0000\u0000', '\u200b\ufeff\u0000', ' \u0000\t', '\u2066\u202e\u00a0',
];

/** Formula starts, ASCII and full-width. */
const TRIGGERS = ['=1+1', '+1+1', '-1+1', '@SUM(1;1)', '＝1+1', '＋1+1', '－1+1', '＠SUM(1;1)', '=HYPERLINK("https://example.com";"x")'];

function payloads(): string[] {
  return INVISIBLE_LEADS.flatMap((lead) => TRIGGERS.map((trigger) => lead + trigger)).concat(TRIGGERS);
}

/** A session whose every text field holds `text`. */
function poisoned(index: number, text: string): SessionSummary {
  return makeSession(index, {
    id: text,
    client: { id: text, name: text, email: text, phone: text, handle: text },
    operators: [{ id: 'op', name: text }],
    chatbot: { id: 'bot', name: text },
    group: { id: 'g', name: text },
    pageUrl: text,
    language: text,
    tags: [text, text],
    parameters: { v: text, [text.slice(0, 6)]: text },
    lastMessagePreview: text,
  });
}

/** The CSV the toolbar's export menu downloads (its link's blob, caught before the browser saves it). */
async function toolbarCsv(sessions: SessionSummary[], columns: string[]): Promise<string> {
  const menu = await fixture<ExportMenu>(html`<sv-export-menu lang="en" .sessions=${sessions} .visibleColumns=${columns}></sv-export-menu>`);
  await menu.show();
  const download = new Promise<string>((resolve) => {
    const onClick = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href).then((response) => resolve(response.text()));
    };
    document.addEventListener('click', onClick, true);
  });
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!.click();
  return download;
}

describe('CSV export opened in LibreOffice Calc', function () {
  // soffice starts a whole office suite once for all files (seconds on a loaded machine).
  this.timeout(180_000);

  it('turns no cell of any field kind into a formula', async () => {
    const texts = payloads();
    const sessions = texts.map((text, i) => poisoned(i, text));
    const messages = new Map<string, Message[]>(
      sessions.map((s, i) => [s.id, [{ id: `m${i}`, at: s.startedAt, sender: 'client', authorName: texts[i], text: texts[i]! }]]),
    );
    const columns = [...COLUMNS.map((c) => c.id), 'param:v', `param:${texts[0]}`, 'transcript'];
    const toolbar = await toolbarCsv(sessions, COLUMNS.map((c) => c.id));
    // Comma-separated, as the import below reads it (an English viewer's default).
    expect(toolbar.split('\r\n')[0]!.split(',').length).to.equal(COLUMNS.length);
    const files = [
      { name: 'toolbar', text: toolbar },
      { name: 'labels', text: sessionsToCsv(sessions, { columns, details: messages, translate: modelTranslator('en') }).parts.join('') },
      { name: 'raw-keys', text: sessionsToCsv(sessions, { columns, details: messages, dates: 'viewer' }).parts.join('') },
      // The control: the same payloads written without the library's neutralising.
      { name: 'control', text: `v\r\n\u0000=1+1\r\n=2+2\r\n` },
    ];
    // A job and its result: soffice may outlast the runner's 20 s limit for one command.
    const job = await executeServerCommand<{ id: number }, { files: typeof files }>('spreadsheet-start', { files });
    let answer: SpreadsheetAnswer | undefined;
    do answer = await executeServerCommand<SpreadsheetAnswer, { id: number }>('spreadsheet-result', { id: job.id });
    while (answer?.pending);
    expect(answer?.error, answer?.error).to.equal(undefined);
    const byName = new Map((answer?.files ?? []).map((file) => [file.name, file]));
    expect(byName.get('control')!.formulas).to.deep.equal(['of:=1+1', 'of:=2+2']);
    for (const name of ['labels', 'raw-keys', 'toolbar']) {
      const file = byName.get(name)!;
      expect(file.rows, `${name}: rows read`).to.be.at.least(sessions.length + 1);
      expect(file.formulas, `${name}: cells read as formulas`).to.deep.equal([]);
    }
  });
});
