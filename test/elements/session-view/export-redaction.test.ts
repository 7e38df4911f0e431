import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/session-view.js';
import type { ExportDoneDetail } from '../../../src/define/sv-export-menu.js';
import type { SessionView } from '../../../src/elements/session-view/session-view.js';
import { scriptedAdapter, summary, until } from '../../helpers/test-adapter.js';
import { reachExportMenu } from '../../helpers/export-menu.js';

/** Two sessions whose client fields hold an e-mail, a phone and a customer number (`C-1234`). */
const sessions = [
  summary('s1', { client: { name: 'Jana C-1001', email: 'jana@seznam.cz', phone: '+420 602 123 456' } }),
  summary('s2', { client: { name: 'Petr C-1002', email: 'petr@firma.cz', phone: '731 222 333' } }),
];
const customerNumbers = [{ id: 'customer', label: 'Customer numbers', pattern: /C-\d{4}/ }];

function menuOf(view: SessionView) {
  return reachExportMenu(view.shadowRoot!.querySelector('session-table')!);
}

describe('<session-view> passes its redaction settings to the export menu', () => {
  it('a host setting redact, redactDefaults and redactPatterns on <session-view> gets a redacted file and the report', async () => {
    const adapter = scriptedAdapter({ pages: { history: [sessions] } });
    const view = await fixture<SessionView>(
      html`<session-view style="height:500px;width:1000px" redact="email" .redactDefaults=${{ csv: ['email', 'phone', 'customer'] }} .redactPatterns=${customerNumbers} .adapter=${adapter}></session-view>`,
    );
    await until(() => view.store?.status === 'ready');
    await view.store!.settled();
    view.store!.setColumns(['clientName', 'clientEmail', 'clientPhone']);
    await view.store!.settled();
    const table = view.shadowRoot!.querySelector('session-table')!;
    await table.updateComplete;
    expect(table.redact).to.deep.equal(['email']);
    expect(table.redactPatterns).to.equal(customerNumbers);

    // The toolbar hands the menu the view's rows as the user reaches for it.
    const menu = await menuOf(view);
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await menu.updateComplete;
    const checked = [...menu.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="redact"]')].filter((box) => box.checked).map((box) => box.value);
    expect(checked, 'CSV starts from the host defaults for CSV').to.deep.equal(['email', 'phone', 'customer']);
    expect(menu.shadowRoot!.querySelector('input[name="redact"][value="customer"]')!.parentElement!.textContent.trim()).to.equal('Customer numbers');

    // The host listens on <session-view> (the event is composed) and keeps the file itself.
    view.addEventListener('sv-export-done', (event) => event.preventDefault());
    const done = oneEvent(view, 'sv-export-done');
    menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!.click();
    const detail = ((await done) as CustomEvent<ExportDoneDetail>).detail;

    const csv = await detail.blob.text();
    for (const hidden of ['jana@seznam.cz', 'petr@firma.cz', '602 123 456', '731 222 333', 'C-1001', 'C-1002']) expect(csv).not.to.include(hidden);
    expect(csv).to.include('[e-mail]').and.to.include('[phone]').and.to.include('[Customer numbers]');
    expect(detail.redaction!.counts).to.deep.equal({ email: 2, phone: 2, customer: 2 });
    expect(detail.redaction!.sessions.map((entry) => entry.sessionId), 'per session, in view order').to.deep.equal(view.store!.view);
  });

  it('the redact attribute alone sets the defaults of both formats', async () => {
    const adapter = scriptedAdapter({ pages: { history: [sessions] } });
    const view = await fixture<SessionView>(html`<session-view style="height:500px;width:1000px" redact="none" .adapter=${adapter}></session-view>`);
    await until(() => view.store?.status === 'ready');
    await view.store!.settled();
    const menu = await menuOf(view);
    await menu.show();
    menu.shadowRoot!.querySelector<HTMLInputElement>('input[value="html"]')!.click();
    await menu.updateComplete;
    const checked = [...menu.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="redact"]')].filter((box) => box.checked);
    expect(checked, 'redact="none" overrides the all-on HTML default').to.have.length(0);
  });
});
