import { expect, waitUntil } from '@open-wc/testing';

/**
 * The drop-in bundle (`npm run build`, run by `npm test` before the browser tests) must register
 * every element from one self-contained module, the way a plain HTML page loads it.
 */
describe('drop-in bundle', () => {
  it('registers every element from a single module', async () => {
    await import(/* @vite-ignore */ new URL('/dist/session-view.bundle.js', location.href).href);
    for (const tag of ['session-view', 'session-table', 'session-detail', 'routing-panel', 'recording-player']) {
      expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
    }
  });
});

describe('drop-in bundle on a page', () => {
  it('shows sessions from an adapter and searches content with the worker shipped beside it', async () => {
    await import(/* @vite-ignore */ new URL('/dist/session-view.bundle.js', location.href).href);
    const { createDemoAdapter } = (await import(/* @vite-ignore */ new URL('/dist/adapter/demo/index.js', location.href).href)) as typeof import('../src/adapter/demo/index.js');
    const view = document.createElement('session-view') as HTMLElement & {
      adapter: unknown;
      store: { status: string; view: readonly string[]; setQuery(q: object): void; search: { state: { status: string; complete: boolean; matches: number } } };
    };
    view.style.cssText = 'display:block;height:400px';
    document.body.append(view);
    view.adapter = createDemoAdapter({ seed: 2, sessions: 300, live: false });
    const waitFor = (check: () => boolean) => waitUntil(check, 'timed out', { interval: 50, timeout: 15000 });
    await waitFor(() => view.store?.status === 'ready' && view.store.view.length > 0);
    view.store.setQuery({ search: 'objednavka' });
    await waitFor(() => view.store.search.state.status === 'done' && view.store.search.state.complete);
    expect(view.store.search.state.matches).to.be.greaterThan(0);
    view.remove();
  });
});
