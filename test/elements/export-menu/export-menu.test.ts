import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/sv-export-menu.js';
import type { ExportMenu } from '../../../src/elements/export-menu/export-menu.js';
import type { ExportDoneDetail } from '../../../src/define/sv-export-menu.js';
import type { SessionExtras } from '../../../src/engine/export/index.js';
import { makeMessages, makeNotes, makeSession, parseCsv } from '../../engine/export/fixtures.js';

const sessions = Array.from({ length: 250 }, (_, i) => makeSession(i));
const visible = ['clientName', 'channel', 'startedAt'];

interface Download {
  name: string;
  text: string;
}

/** Catches the menu's download link click before the browser saves anything. */
function interceptDownload(): Promise<Download> {
  return new Promise((resolve) => {
    const onClick = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((response) => response.text())
        .then((text) => resolve({ name: link.download, text }));
    };
    document.addEventListener('click', onClick, true);
  });
}

async function openMenu(lang = 'en'): Promise<ExportMenu> {
  const el = await fixture<ExportMenu>(html`<sv-export-menu lang=${lang} .sessions=${sessions} .visibleColumns=${visible}></sv-export-menu>`);
  await el.show();
  return el;
}

const $ = <T extends Element>(el: ExportMenu, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element>(el: ExportMenu, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const checkedColumns = (el: ExportMenu) =>
  $$<HTMLInputElement>(el, '.columns input').filter((input) => input.checked).map((input) => input.parentElement!.textContent.trim());
const start = (el: ExportMenu) => $<HTMLButtonElement>(el, '[part="start"]').click();

describe('<sv-export-menu>', () => {
  it('is accessible closed and open, and defaults to the visible columns in their order', async () => {
    const el = await fixture<ExportMenu>(html`<sv-export-menu .sessions=${sessions} .visibleColumns=${visible}></sv-export-menu>`);
    await expect(el).to.be.accessible();
    await el.show();
    expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
    expect(checkedColumns(el)).to.deep.equal(['Client', 'Channel', 'Start']);
    expect($(el, '.count').textContent).to.equal('Exports 250 sessions of the current view, in view order.');
    await expect(el).to.be.accessible();
  });

  it('downloads exactly the view as CSV with the chosen columns and announces sv-export-done', async () => {
    const el = await openMenu();
    const download = interceptDownload();
    const done = oneEvent(el, 'sv-export-done');
    start(el);
    const [file, event] = await Promise.all([download, done]);
    const detail = (event as CustomEvent<ExportDoneDetail>).detail;
    expect(file.name).to.match(/^sessions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(detail).to.include({ format: 'csv', fileName: file.name, rowCount: 250 });
    const rows = parseCsv(file.text.replace(/^\uFEFF/, ''), ',');
    expect(rows[0]).to.deep.equal(['Client', 'Channel', 'Start']);
    expect(rows.slice(1).map((row) => row[0])).to.deep.equal(sessions.map((s) => s.client.name));
    await el.updateComplete;
    expect($(el, '.message').textContent).to.equal(`Downloaded ${file.name}.`);
    await expect(el).to.be.accessible();
  });

  it('exports HTML with transcripts and notes loaded in batches through loadDetails', async () => {
    const el = await openMenu();
    const batches: number[] = [];
    el.loadDetails = async (ids) => {
      batches.push(ids.length);
      return Object.fromEntries(ids.map((id): [string, SessionExtras] => [id, { messages: makeMessages(Number(id.slice(2)), 3), notes: makeNotes(Number(id.slice(2))) }]));
    };
    $<HTMLInputElement>(el, 'input[value="html"]').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name="notes"]').click();
    await el.updateComplete;
    const download = interceptDownload();
    start(el);
    const file = await download;
    expect(file.name).to.match(/\.html$/);
    const doc = new DOMParser().parseFromString(file.text, 'text/html');
    expect(doc.querySelectorAll('article.session')).to.have.length(250);
    expect(doc.querySelectorAll('.notes li')).to.have.length(250);
    expect(doc.querySelector('#s1 .transcript')!.textContent).to.contain('Session queued');
    // HTML hides personal data by default, and its preview counted through the same loader first.
    expect(batches.slice(-3)).to.deep.equal([100, 100, 50]);
  });

  it('CSV: the ticked transcript column reaches the file (cut at the cell limit) and Notes holds the notes\' text', async () => {
    const two = [makeSession(0), makeSession(1)];
    const el = await fixture<ExportMenu>(html`<sv-export-menu .sessions=${two} .visibleColumns=${['id', 'noteCount']}></sv-export-menu>`);
    el.loadDetails = async (ids) => ({
      's-0': { messages: [{ ...makeMessages(0, 1)[0]!, text: 'x'.repeat(40_000) }], notes: makeNotes(0) },
      's-1': { messages: makeMessages(1, 2), notes: [] },
      ...Object.fromEntries(ids.filter((id) => id !== 's-0' && id !== 's-1').map((id) => [id, {}])),
    });
    el.addEventListener('sv-export-done', (event) => event.preventDefault());
    await el.show();
    const transcriptBox = $$<HTMLInputElement>(el, '.columns input').find((input) => input.parentElement!.textContent.includes('Transcript (all messages in one column)'))!;
    transcriptBox.click();
    await el.updateComplete;
    const done = oneEvent(el, 'sv-export-done');
    start(el);
    const detail = ((await done) as CustomEvent<ExportDoneDetail>).detail;
    const rows = parseCsv((await detail.blob.text()).replace(/^\uFEFF/, ''), ',');
    expect(rows[0]).to.deep.equal(['Session ID', 'Notes', 'Transcript']);
    expect(rows[1]![1]).to.match(/^\[.+\] Supervisor: Follow up on order A-0$/);
    expect(rows[1]![2]!.length).to.equal(32_000);
    expect(rows[2]![1]).to.equal('');
    expect(rows[2]![2]).to.contain('\n');
    expect(detail.truncated).to.deep.equal([{ sessionId: 's-0', columnId: 'transcript' }]);
  });

  it('shows progress and stops on Cancel without downloading', async () => {
    const el = await openMenu();
    let release!: () => void;
    el.loadDetails = () => new Promise((resolve) => (release = () => resolve({})));
    $<HTMLInputElement>(el, 'input[value="html"]').click();
    await el.updateComplete;
    let downloaded = false;
    el.addEventListener('sv-export-done', () => (downloaded = true));
    start(el);
    await el.updateComplete;
    expect($(el, 'progress')).to.exist;
    await expect(el).to.be.accessible();
    $$<HTMLButtonElement>(el, '.actions button').find((b) => b.textContent.trim() === 'Cancel')!.click();
    release();
    await waitUntil(() => $(el, '.message')?.textContent === 'Export cancelled.', 'the cancel is reported');
    expect(downloaded).to.equal(false);
  });

  it('tells the user which cells were cut to the cell limit', async () => {
    const long = [makeSession(0, { parameters: { memo: 'x'.repeat(40_000) } }), makeSession(1)];
    const el = await fixture<ExportMenu>(html`<sv-export-menu .sessions=${long} .visibleColumns=${['id', 'param:memo']}></sv-export-menu>`);
    el.addEventListener('sv-export-done', (event) => event.preventDefault());
    await el.show();
    const done = oneEvent(el, 'sv-export-done');
    start(el);
    const detail = ((await done) as CustomEvent<ExportDoneDetail>).detail;
    expect(detail.truncated).to.deep.equal([{ sessionId: 's-0', columnId: 'param:memo' }]);
    await el.updateComplete;
    const message = $(el, '.message');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('1 cell was longer than 32,000 characters and was shortened: s-0 (memo).');
  });

  it('opens from the keyboard, closes on Escape and returns focus to its button', async () => {
    const el = await fixture<ExportMenu>(html`<sv-export-menu .sessions=${sessions}></sv-export-menu>`);
    $<HTMLButtonElement>(el, '[part="button"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="button"]'));
  });

  it('speaks Czech and defaults to the semicolon for a Czech viewer', async () => {
    const el = await openMenu('cs');
    expect($(el, '[part="button"]').textContent.trim()).to.equal('Exportovat');
    expect($<HTMLSelectElement>(el, 'select[name="delimiter"]').value).to.equal(';');
    expect($(el, '.count').textContent).to.equal('Exportuje 250 relací aktuálního zobrazení v jeho pořadí.');
    const download = interceptDownload();
    start(el);
    const file = await download;
    expect(parseCsv(file.text.replace(/^\uFEFF/, ''), ';')[0]).to.deep.equal(['Klient', 'Kanál', 'Začátek']);
  });

  it('refuses to start without columns', async () => {
    const el = await openMenu();
    for (const input of $$<HTMLInputElement>(el, '.columns input:checked')) input.click();
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '[part="start"]').disabled).to.equal(true);
    expect($(el, '[role="alert"]').textContent).to.equal('Choose at least one column.');
  });
});
