import { expect } from '@open-wc/testing';

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
