import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import '../../../src/define/sv-export-menu.js';
import type { ExportMenu } from '../../../src/elements/export-menu/export-menu.js';
import type { ExportDoneDetail } from '../../../src/define/sv-export-menu.js';
import type { DetailedSession } from '../../../src/model/index.js';
import { makeDetail, makeSession } from '../../engine/export/fixtures.js';

const at = Date.UTC(2026, 10, 25, 9);
/** Ten sessions: each client has an e-mail and a phone field; every third transcript holds a card, every other an e-mail. */
const sessions: DetailedSession[] = Array.from({ length: 10 }, (_, i) =>
  makeDetail(i, 0, {
    messages: [
      { id: `a${i}`, at, sender: 'client', text: i % 3 === 0 ? 'karta 4242 4242 4242 4242' : 'dobrý den' },
      { id: `b${i}`, at, sender: 'client', text: i % 2 === 0 ? `pište na jana${i}@seznam.cz` : 'děkuji' },
    ],
  }),
);

const $ = <T extends Element>(el: ExportMenu, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element>(el: ExportMenu, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const preview = (el: ExportMenu) => $(el, '#redact-preview').textContent.trim();
const kindBox = (el: ExportMenu, kind: string) => $<HTMLInputElement>(el, `input[name="redact"][value="${kind}"]`);
const checkedKinds = (el: ExportMenu) => $$<HTMLInputElement>(el, 'input[name="redact"]').filter((box) => box.checked).map((box) => box.value);

const CLIENT_COLUMNS = ['clientName', 'clientEmail', 'clientPhone'];

async function openMenu(template = html`<sv-export-menu .sessions=${sessions} .visibleColumns=${CLIENT_COLUMNS}></sv-export-menu>`) {
  const el = await fixture<ExportMenu>(template);
  await el.show();
  return el;
}

async function choose(el: ExportMenu, selector: string) {
  $<HTMLInputElement>(el, selector).click();
  await el.updateComplete;
}

describe('<sv-export-menu> hide personal data', () => {
  it('hides nothing in CSV and everything in HTML by default, and is accessible in both', async () => {
    const el = await openMenu();
    expect(checkedKinds(el)).to.deep.equal([]);
    expect(preview(el)).to.equal('Nothing will be hidden.');
    await expect(el).to.be.accessible();
    await choose(el, 'input[value="html"]');
    expect(checkedKinds(el)).to.deep.equal(['email', 'phone', 'card', 'iban', 'birthNumber', 'ip', 'urlQuery']);
    await waitUntil(() => !preview(el).startsWith('Counting'), 'the count lands');
    await expect(el).to.be.accessible();
  });

  it('previews what will be hidden and follows the chosen kinds without recounting', async () => {
    const el = await openMenu();
    await choose(el, 'input[value="html"]');
    await waitUntil(() => !preview(el).startsWith('Counting'), 'the count lands');
    // Client e-mail fields (10) + transcript e-mails (5); phone fields (10); cards (4).
    expect(preview(el)).to.equal('15 e-mail addresses, 10 phone numbers, 4 card numbers will be hidden.');
    expect($(el, '#redact-preview').getAttribute('role')).to.equal('status');
    await choose(el, 'input[value="phone"]');
    expect(preview(el)).to.equal('15 e-mail addresses, 4 card numbers will be hidden.');
    await choose(el, 'input[value="email"]');
    await choose(el, 'input[value="card"]');
    expect(preview(el)).to.equal('None of the chosen kinds was found.');
  });

  it('takes the host defaults from the redact attribute and per format from redactDefaults', async () => {
    const el = await openMenu(html`<sv-export-menu redact="email card" .sessions=${sessions}></sv-export-menu>`);
    expect(checkedKinds(el)).to.deep.equal(['email', 'card']);
    el.close();
    el.redactDefaults = { csv: ['iban'] };
    await el.show();
    expect(checkedKinds(el)).to.deep.equal(['iban']);
  });

  it('offers the host patterns and puts the report in sv-export-done', async () => {
    const patterns = [{ id: 'order', label: 'Order numbers', pattern: /\bA-\d+\b/ }];
    const el = await openMenu(html`<sv-export-menu redact="all" .redactPatterns=${patterns} .sessions=${sessions} .visibleColumns=${['clientName', 'param:orderId']}></sv-export-menu>`);
    expect(kindBox(el, 'order').checked).to.equal(true);
    expect(kindBox(el, 'order').parentElement!.textContent.trim()).to.equal('Order numbers');
    await waitUntil(() => !preview(el).startsWith('Counting'), 'the count lands');
    expect(preview(el)).to.include('Order numbers: 10');
    el.addEventListener('sv-export-done', (event) => event.preventDefault());
    const done = oneEvent(el, 'sv-export-done');
    $<HTMLButtonElement>(el, '[part="start"]').click();
    const detail = ((await done) as CustomEvent<ExportDoneDetail>).detail;
    expect(detail.redaction!.kinds).to.include('order');
    // The file holds the client's name and order number only: e-mail and phone fields are neither in it nor in the report.
    expect(detail.redaction!.counts).to.deep.equal({ order: 10 });
    expect(detail.redaction!.sessions).to.have.length(10);
    const text = await detail.blob.text();
    expect(text).not.to.match(/A-\d/);
    expect(text).to.include('[Order numbers]');
    await el.updateComplete;
    expect($(el, '.message').textContent).to.include('10 personal values were hidden.');
  });

  it('drops a stale count when the content changes while it runs', async () => {
    const summaries = Array.from({ length: 10 }, (_, i) => makeSession(i));
    let release!: () => void;
    const loadDetails = (ids: readonly string[]) =>
      new Promise<Record<string, { messages: DetailedSession['messages'] }>>((resolve) => {
        release = () => resolve(Object.fromEntries(ids.map((id) => [id, { messages: [{ id: 'm', at, sender: 'client', text: 'x@y.cz' }] }])));
      });
    const el = await openMenu(html`<sv-export-menu redact="email" .sessions=${summaries} .visibleColumns=${CLIENT_COLUMNS} .loadDetails=${loadDetails}></sv-export-menu>`);
    await choose(el, 'input[value="html"]');
    expect(preview(el)).to.equal('Counting personal data…');
    const stale = release;
    await choose(el, 'input[name="transcripts"]');
    await waitUntil(() => !preview(el).startsWith('Counting'), 'the count without transcripts lands');
    expect(preview(el)).to.equal('10 e-mail addresses will be hidden.');
    stale();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(preview(el)).to.equal('10 e-mail addresses will be hidden.');
  });

  it('counts only the client fields the file shows, and recounts when the columns change', async () => {
    const el = await openMenu(html`<sv-export-menu redact="email phone" .sessions=${sessions} .visibleColumns=${['clientName', 'clientEmail']}></sv-export-menu>`);
    await waitUntil(() => !preview(el).startsWith('Counting'), 'the count lands');
    expect(preview(el)).to.equal('10 e-mail addresses will be hidden.');
    const phoneColumn = $$<HTMLInputElement>(el, '.columns input').find((box) => box.parentElement!.textContent.includes('Client phone'))!;
    phoneColumn.click();
    await el.updateComplete;
    await waitUntil(() => !preview(el).startsWith('Counting'), 'the new count lands');
    expect(preview(el)).to.equal('10 e-mail addresses, 10 phone numbers will be hidden.');
  });

  it('counts notes for a CSV only when its Notes column is chosen (the file holds them only then)', async () => {
    const noted = [makeDetail(0, 0, { client: { name: 'X' }, messages: [], notes: [{ id: 'n', at, authorId: 'a', authorName: 'A', text: 'pište na jana@seznam.cz' }] })];
    const withNotes = await openMenu(html`<sv-export-menu redact="email" .sessions=${noted} .visibleColumns=${['clientName', 'noteCount']}></sv-export-menu>`);
    await waitUntil(() => !preview(withNotes).startsWith('Counting'), 'the count lands');
    expect(preview(withNotes)).to.equal('1 e-mail address will be hidden.');
    const without = await openMenu(html`<sv-export-menu redact="email" .sessions=${noted} .visibleColumns=${['clientName']}></sv-export-menu>`);
    await waitUntil(() => !preview(without).startsWith('Counting'), 'the count lands');
    expect(preview(without)).to.equal('None of the chosen kinds was found.');
  });

  it('speaks Czech', async () => {
    const el = await openMenu(html`<sv-export-menu lang="cs" redact="all" .sessions=${sessions} .visibleColumns=${CLIENT_COLUMNS}></sv-export-menu>`);
    expect($(el, '.redact legend').textContent).to.equal('Skrýt osobní údaje');
    await waitUntil(() => !preview(el).startsWith('Počítám'), 'the count lands');
    expect(preview(el)).to.equal('Skryje se: 10 e-mailových adres, 10 telefonních čísel.');
  });
});
