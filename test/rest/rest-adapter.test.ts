/**
 * `createRestAdapter` in Chromium against the reference server running in Node (PGlite in
 * memory, 200 generated sessions): the adapter conformance suite with mutations, over real
 * cross-origin fetches and a streamed Server-Sent Events response.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { runAdapterConformance } from '../../src/adapter/conformance.js';
import { createRestAdapter, type RestSessionAdapter } from '../../src/rest/index.js';

const TOKEN = 'test-token';
let server: { baseUrl: string; pid: number } | undefined;
let pid: number | undefined;
const liveIds = new WeakMap<object, Promise<string>>();

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
});
