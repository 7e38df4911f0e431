import { expect, oneEvent } from '@open-wc/testing';
import { createDemoAdapter } from '../../../src/adapter/demo/index.js';
import type { ExportDoneDetail } from '../../../src/define/sv-export-menu.js';
import type { DetailedSession } from '../../../src/model/index.js';
import { reachExportMenu, settle, tableFixture, waitFor } from './table-fixtures.js';

describe('session-table: export from the toolbar', () => {
  it('an HTML export of the view carries transcripts, loaded through the store (demo adapter, 50 sessions)', async () => {
    const adapter = createDemoAdapter({ seed: 7, sessions: 50, live: false });
    try {
      const table = await tableFixture({ adapter }, { width: 1100 });
      const store = table.currentStore!;
      await waitFor(() => store.status === 'ready' && store.view.length === 50, table);
      await settle(table);

      // A known line of what the first session's people said (not a system line).
      const first = (await adapter.getSession(store.view[0]!, new AbortController().signal)) as DetailedSession;
      const said = first.messages.find((message) => message.sender !== 'system' && message.text.trim().length > 8);
      expect(said, 'the first demo session has a conversation').to.exist;

      // The toolbar hands the menu the view's rows as the user reaches for it.
      const menu = await reachExportMenu(table);
      menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await menu.updateComplete;
      menu.shadowRoot!.querySelector<HTMLInputElement>('input[value="html"]')!.click();
      await menu.updateComplete;
      menu.addEventListener('sv-export-done', (event) => event.preventDefault()); // no real download
      const done = oneEvent(menu, 'sv-export-done');
      menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!.click();
      const detail = (await done).detail as ExportDoneDetail;

      expect(detail.format).to.equal('html');
      expect(detail.rowCount).to.equal(50);
      const doc = new DOMParser().parseFromString(await detail.blob.text(), 'text/html');
      const article = doc.getElementById(first.id) ?? doc.querySelector('article.session');
      expect(doc.querySelectorAll('article.session')).to.have.length(50);
      expect(article!.textContent.replace(/\s+/g, ' ')).to.contain(said!.text.replace(/\s+/g, ' ').trim());
    } finally {
      adapter.dispose();
    }
  });
});
