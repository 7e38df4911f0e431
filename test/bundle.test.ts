import { expect } from '@open-wc/testing';
import type * as Root from '../src/index.js';
import type * as Demo from '../src/adapter/demo/index.js';
import type * as Engine from '../src/engine/index.js';
import type * as Rest from '../src/rest/index.js';
import { runHostPage, secondOrigin, type PolicyPageReport } from './bundle/host-page.js';

/**
 * The drop-in bundle (`npm run build`; `npm test` runs these once the build is done) is one file
 * that registers every element, exports the public API, and carries the search worker inside:
 * copied alone into a folder, or loaded from another origin, nothing 404s and search still runs
 * in a worker.
 */
type Bundle = typeof Root & typeof Demo & typeof Engine & typeof Rest;

function expectSearchInWorker(report: PolicyPageReport): void {
  expect(report.errors, 'errors on the page').to.deep.equal([]);
  expect(report.failedResources, 'requests that failed').to.deep.equal([]);
  expect(report.seen.matches, 'search results').to.be.greaterThan(0);
  expect(report.workers, 'workers started').to.have.length(1);
  expect(report.workers[0], 'the worker comes from inside the bundle').to.match(/^blob:/);
  expect(report.workerAnswers, 'search answers from the worker').to.be.greaterThan(0);
}

describe('drop-in bundle', function () {
  this.timeout(180000);

  it('registers every element and exports the public API from a single module', async () => {
    const bundle = (await import(/* @vite-ignore */ new URL('/dist/session-view.bundle.js', location.href).href)) as Bundle;
    for (const tag of ['session-view', 'session-table', 'session-detail', 'routing-panel', 'recording-player']) {
      expect(customElements.get(tag), `<${tag}> is defined`).to.exist;
    }
    expect(customElements.get('session-table')).to.equal(bundle.SessionTable);
    for (const name of ['SessionStore', 'registerTranslation', 'createDemoAdapter', 'createRestAdapter', 'sessionsToCsv', 'sessionsToHtml', 'ViewEngine', 'createSearchClient', 'setBasePath'] as const) {
      expect(typeof bundle[name], name).to.equal('function');
    }
    expect(bundle.SEARCH_WORKER_POLICY).to.equal('session-view-worker');
  });

  it('speaks Czech with the Czech strings inside it (an ES module build loads them on first use)', async () => {
    await import(/* @vite-ignore */ new URL('/dist/session-view.bundle.js', location.href).href);
    const detail = document.createElement('session-detail');
    detail.lang = 'cs';
    document.body.append(detail);
    try {
      await detail.updateComplete;
      expect(detail.shadowRoot!.querySelector('[role="alert"]')!.textContent.trim()).to.equal('Chybí zdroj dat: nastavte prvku store nebo adapter.');
      const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(fetched.filter((name) => name.startsWith(`${location.origin}/dist/`) && !name.endsWith('/session-view.bundle.js')), 'files of the package fetched besides the bundle').to.deep.equal([]);
    } finally {
      detail.remove();
    }
  });

  it('works copied alone into a folder: nothing else is fetched, search runs in its worker', async () => {
    expectSearchInWorker(await runHostPage({ bundle: '/bundle-alone/session-view.bundle.js' }));
  });

  it('works from another origin (a CDN with CORS): the worker still starts, from the page’s own origin', async () => {
    const report = await runHostPage({ bundle: `${secondOrigin()}/bundle-alone/session-view.bundle.js` });
    expectSearchInWorker(report);
  });
});
