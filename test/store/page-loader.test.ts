import { expect } from '@open-wc/testing';
import { PageLoader, type PageLoaderHost } from '../../src/store/page-loader.js';
import type { SessionMaps } from '../../src/store/page-intake.js';
import { scriptedAdapter, summary } from '../helpers/test-adapter.js';

describe('PageLoader', () => {
  it('tells the store every session it drops after a reload (before "finished"), so the view leaves them out as they go', async () => {
    const page = Array.from({ length: 20_000 }, (_, i) => summary(`s${i}`));
    const pages = { history: [page] };
    const maps: SessionMaps = { sessions: new Map(), versions: new Map(), seenMessages: new Map() };
    const events: string[] = [];
    const host: PageLoaderHost = {
      maps,
      requestTimeoutMs: 30_000,
      pageTaken: () => {},
      dropped: (ids) => {
        // Gone from the maps by the time the store hears of them.
        expect(ids.filter((id) => maps.sessions.has(id))).to.deep.equal([]);
        events.push(...ids.map((id) => `dropped ${id}`));
      },
      finished: () => events.push('finished'),
      failed: (error) => events.push(`failed ${error.message}`),
    };
    const loader = new PageLoader(scriptedAdapter({ pages }), 2_000, host);
    await loader.load('history');
    expect(events).to.deep.equal(['finished']);
    // The host deleted two sessions, one at each end of what the store holds.
    pages.history = [page.filter((session) => session.id !== 's0' && session.id !== 's19999')];
    events.length = 0;
    await loader.load('history');
    expect(events.slice(0, -1).sort()).to.deep.equal(['dropped s0', 'dropped s19999']);
    expect(events.at(-1)).to.equal('finished');
    expect(maps.sessions.size).to.equal(19_998);
  });
});
