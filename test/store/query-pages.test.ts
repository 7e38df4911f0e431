import { expect } from '@open-wc/testing';
import type { ListSessionsRequest, SessionAdapter } from '../../src/adapter/index.js';
import { SessionStore } from '../../src/store/index.js';
import { summary } from '../helpers/test-adapter.js';

/** A `serverQuery` host of 25 rows that pages by keyset: each page names the next by a cursor. */
function keysetHost(): SessionAdapter & { requests: ListSessionsRequest[] } {
  const rows = Array.from({ length: 25 }, (_, i) => summary(`k${i}`));
  const requests: ListSessionsRequest[] = [];
  return {
    requests,
    capabilities: { serverQuery: true },
    viewer: { id: 'op-1', name: 'Jana', role: 'admin' },
    async listSessions(request) {
      requests.push(request);
      const start = request.cursor ? Number(request.cursor) : (request.offset ?? 0);
      const page: unknown[] = rows.slice(start, start + request.limit);
      // One malformed record in the second page: left out, the rest exported.
      if (start === 10) page[3] = { id: 'broken' };
      const next = start + request.limit;
      return { sessions: page as never, total: rows.length, ...(next < rows.length ? { nextCursor: String(next) } : {}) };
    },
    async getSession() {
      throw new Error('not used');
    },
  };
}

describe('SessionStore.queryPages (the export read of a serverQuery list)', () => {
  it('follows the host cursor page by page under the current query, leaving invalid records out', async () => {
    const host = keysetHost();
    const store = new SessionStore(host, { query: { search: 'vrácení' } });
    const read: string[] = [];
    let invalid = 0;
    for await (const page of store.queryPages({ signal: new AbortController().signal, pageSize: 10 })) {
      read.push(...page.sessions.map((session) => session.id));
      invalid += page.invalid.length;
      expect(page.total).to.equal(25);
    }
    expect(host.requests.map((request) => request.cursor ?? `offset ${request.offset}`)).to.deep.equal(['offset 0', '10', '20']);
    expect(host.requests.every((request) => request.search === 'vrácení')).to.equal(true);
    expect(invalid).to.equal(1);
    expect(read).to.have.length(24);
    expect(read).not.to.include('k13');
    expect(store.sessions.size, 'the read does not fill the store').to.equal(0);
  });

  it('ends with an aborted error when its signal aborts', async () => {
    const store = new SessionStore(keysetHost());
    const controller = new AbortController();
    const pages = store.queryPages({ signal: controller.signal, pageSize: 10 });
    await pages.next();
    controller.abort();
    const error = await pages.next().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.have.property('kind', 'aborted');
  });
});
