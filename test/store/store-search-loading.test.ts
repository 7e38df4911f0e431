import { expect } from '@open-wc/testing';
import type { SearchClient, SearchOptions, SearchResult } from '../../src/engine/search/index.js';
import { StoreSearch, type SearchHost, type SearchState } from '../../src/store/store-search.js';
import { heldImport } from '../helpers/held-import.js';

/** A search client that answers every text with the sessions whose id contains it. */
function idSearchClient(ids: readonly string[], searched: string[]): SearchClient {
  return {
    add() {},
    remove() {},
    search: async (text: string, _options?: SearchOptions): Promise<SearchResult> => {
      searched.push(text);
      return { ids: ids.filter((id) => id.includes(text)), complete: true, clauses: [], ignored: [], empty: false, snippets: {} };
    },
    snippets: async () => ({}),
    highlighter: () => Promise.reject(new Error('not used')),
    progress: { indexed: 0, total: 0, complete: true },
    onProgress: () => () => {},
    whenIndexed: async () => {},
    dispose() {},
  };
}

function recordingHost() {
  const states: SearchState[] = [];
  const matches: Array<[string, ReadonlySet<string> | null]> = [];
  const host: SearchHost = {
    sessions: () => new Map(),
    transcripts: async () => ({}),
    hasTranscripts: false,
    matchesChanged: (text, found) => matches.push([text, found]),
    stateChanged: (state) => states.push(state),
  };
  return { host, states, matches };
}


describe('StoreSearch before its code has loaded', () => {
  it('loads nothing until a search, shows "searching" at once, and runs only the latest text when the code arrives', async () => {
    const { host, states, matches } = recordingHost();
    const searched: string[] = [];
    const { held, load } = heldImport(() => import('../../src/store/content-search.js'));
    const search = new StoreSearch(host, () => idSearchClient(['s-1', 's-12', 's-2'], searched), load);
    search.showRows(['s-1']);
    search.onLiveChanges(new Map(), ['s-2'], true);
    search.suspend();
    expect(held.calls, 'no load before a search').to.equal(0);
    expect(search.state.status).to.equal('idle');

    void search.run('s-');
    expect(search.state).to.include({ text: 's-', status: 'searching' });
    expect(states.at(-1)).to.equal(search.state);
    void search.run('s-1');
    expect(search.state).to.include({ text: 's-1', status: 'searching' });
    expect(held.calls, 'one load for both').to.equal(1);

    held.release();
    await search.answered();
    expect(searched).to.deep.equal(['s-1']);
    expect(search.state).to.include({ text: 's-1', status: 'done', matches: 2 });
    expect(matches.at(-1)![0]).to.equal('s-1');
    expect([...matches.at(-1)![1]!]).to.have.members(['s-1', 's-12']);
    search.dispose();
  });

  it('clears a search still waiting for its code without loading it for the clearing', async () => {
    const { host, matches } = recordingHost();
    const searched: string[] = [];
    const { held, load } = heldImport(() => import('../../src/store/content-search.js'));
    const search = new StoreSearch(host, () => idSearchClient(['s-1'], searched), load);
    void search.run('s-1');
    void search.run('');
    expect(search.state).to.include({ text: '', status: 'idle' });
    expect(matches).to.deep.equal([['', null]]);
    held.release();
    await search.answered();
    expect(searched, 'the cleared text is not searched').to.deep.equal([]);
    expect(search.state).to.include({ text: '', status: 'idle' });
    search.dispose();
  });

  it('says "error" when its code fails to load, and the next search loads it again', async () => {
    const { host } = recordingHost();
    const searched: string[] = [];
    const { held, load } = heldImport(() => import('../../src/store/content-search.js'));
    const search = new StoreSearch(host, () => idSearchClient(['s-1'], searched), load);
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const failed = search.run('s-1');
      held.fail(new TypeError('Failed to fetch dynamically imported module'));
      await failed;
      expect(search.state).to.include({ text: 's-1', status: 'error' });
      expect(String(warnings[0]?.[0])).to.contain('Search could not be loaded');
    } finally {
      console.warn = warn;
    }
    const retried = search.run('s-1');
    expect(held.calls).to.equal(2);
    expect(search.state.status).to.equal('searching');
    held.release();
    await retried;
    expect(search.state).to.include({ text: 's-1', status: 'done', matches: 1 });
    search.dispose();
  });
});
