/**
 * `createRestAdapter` in Chromium against the reference server running in Node (PGlite in
 * memory, 200 generated sessions): the adapter conformance suite with mutations, over real
 * cross-origin fetches and a streamed Server-Sent Events response.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait-until.js';
import { executeServerCommand } from '@web/test-runner-commands';
import type { SessionTable } from '../../src/elements/session-table/session-table.js';
import { tableFixture, waitFor } from '../elements/session-table/table-fixtures.js';
import { openToolbarExport, startExport } from '../helpers/toolbar-export.js';
import { runAdapterConformance } from '../../src/adapter/conformance.js';
import { createRestAdapter, type RestSessionAdapter } from '../../src/rest/index.js';

const TOKEN = 'test-token';
let server: { baseUrl: string; pid: number } | undefined;
let pid: number | undefined;
const liveIds = new WeakMap<object, Promise<string>>();

/** The `npm start` demo page in a frame, with these URL settings. */
async function demoPage(query: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/examples/demo/index.html?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

function sessionTableIn(frame: HTMLIFrameElement): SessionTable {
  return frame.contentDocument!.querySelector('session-view')!.shadowRoot!.querySelector('session-table')!;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

function adapter(): RestSessionAdapter {
  if (!server) throw new Error('the reference server did not start');
  return createRestAdapter({ baseUrl: server.baseUrl, token: TOKEN, viewer: { id: 'u-1', name: 'Test Admin', role: 'admin' }, replayMs: 0 });
}

describe('createRestAdapter in the browser', function () {
  this.timeout(180_000);

  before(async function () {
    this.timeout(180_000);
    ({ pid } = await executeServerCommand<{ pid: number }, { sessions: number; token: string }>('rest-server-start', { sessions: 200, token: TOKEN }));
    // Each answer comes when the server listens or after a bounded wait on the Node side.
    for (;;) {
      const { baseUrl } = await executeServerCommand<{ baseUrl: string | null }, { pid: number | undefined }>('rest-server-ready', { pid });
      if (baseUrl) {
        server = { baseUrl, pid };
        break;
      }
    }
  });

  after(async () => {
    if (pid !== undefined) await executeServerCommand('rest-server-stop', { pid });
  });

  runAdapterConformance(adapter, {
    mutations: true,
    pageSize: 150,
    callTimeoutMs: 30_000,
    // The live check makes 50 changes: each a note on the same live session, looked up once per
    // adapter (asking the server for it before every note only repeated the same answer).
    async triggerLiveChange(rest) {
      let id = liveIds.get(rest);
      if (!id) {
        id = rest.listSessions({ mode: 'live', limit: 1 }, new AbortController().signal).then((page) => (page.sessions[0] as { id: string }).id);
        liveIds.set(rest, id);
      }
      await rest.addNote!(await id, 'a live change');
    },
  });

  it('a table on the server shows the search hits the server finds and exports the searched list page by page', async () => {
    const rest = adapter();
    const table = await tableFixture({ adapter: rest }, { height: 400, width: 1100 });
    const store = table.currentStore!;
    store.setQuery({ search: 'dobrý' });
    await store.settled(); // the load under the new text has started (its total is not the old one)
    await waitFor(() => store.status === 'ready' && (store.total ?? 0) > 0, table, 20_000);
    const total = store.total!;
    await waitFor(() => table.shadowRoot!.querySelector('.body [role="row"] .cell.match mark') !== null, table, 20_000);
    const mark = table.shadowRoot!.querySelector('.body [role="row"] .cell.match mark')!;
    expect(mark.textContent.toLowerCase()).to.match(/^dob/);

    const detail = await startExport(await openToolbarExport(table));
    expect(detail.rowCount).to.equal(total);
    const csvRows = (await detail.blob.text()).trim().split('\r\n');
    expect(csvRows).to.have.length(total + 1);
  });

  it("the demo's Data switch puts the table in server mode on the reference server", async () => {
    const frame = await demoPage(`data=server&server=${encodeURIComponent(server!.baseUrl)}&token=${TOKEN}`);
    const status = frame.contentDocument!.getElementById('source-status')!;
    await waitUntil(() => status.textContent.startsWith('Reference server at'), 'the demo says it shows the server', { timeout: 20_000 });
    expect(status.getAttribute('role')).to.equal('status');
    const table = sessionTableIn(frame);
    await waitUntil(() => table.currentStore?.capabilities.serverQuery === true && (table.currentStore.total ?? 0) >= 200, 'the table pages the server', { timeout: 20_000 });
    expect(status.textContent).to.contain(`${table.currentStore!.total!.toLocaleString('en')} sessions`);
  });

  it('the demo says clearly when the reference server does not answer, and keeps showing the demo data', async () => {
    const frame = await demoPage('data=server&server=http%3A%2F%2F127.0.0.1%3A9%2Fapi&sessions=1000');
    const status = frame.contentDocument!.getElementById('source-status')!;
    await waitUntil(() => status.textContent.includes('npm run server'), 'the demo says how to start the server', { timeout: 20_000 });
    expect(status.getAttribute('role')).to.equal('alert');
    expect(status.textContent).to.contain('does not answer at http://127.0.0.1:9/api');
    expect(frame.contentDocument!.querySelector<HTMLSelectElement>('#source')!.value).to.equal('demo');
    const table = sessionTableIn(frame);
    await waitUntil(() => (table.currentStore?.view.length ?? 0) > 0, 'the demo data is shown, not a blank view', { timeout: 20_000 });
    expect(table.currentStore!.capabilities.serverQuery).to.equal(false);
  });
});
