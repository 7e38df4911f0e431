import { expect } from '@open-wc/testing';
import { runHostPage } from './bundle/host-page.js';

/**
 * A host under the README's Content-Security-Policy (Security section) — no inline script or style,
 * Trusted Types required — runs every element, both exports and the player without one
 * `securitypolicyviolation`, and search stays in its worker. The test server serves the README's
 * line verbatim (test/tooling/bundle-server.mjs), so the documented policy is the tested one.
 */
describe('drop-in bundle under a strict host policy', function () {
  this.timeout(240000);

  it('serves the page with the README’s policy', async () => {
    const response = await fetch('/test/bundle/policy-page.html?policy=strict');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).to.contain('trusted-types lit-html session-view-worker');
  });

  it('runs every element, both exports and the player with zero policy violations, search in the worker', async () => {
    const report = await runHostPage({ policy: 'strict', steps: 'all' });
    expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(report.errors, 'errors on the page').to.deep.equal([]);
    expect(report.seen.detailTabs).to.equal(6);
    expect(report.seen.downloads).to.have.length(2);
    expect((report.seen.downloads as string[]).map((download) => download.split(' ')[1])).to.deep.equal(['blob:', 'blob:']);
    expect(report.seen.played).to.equal(true);
    expect(report.seen.routingPanel).to.equal(true);
    expect(report.workers).to.have.length(1);
    expect(report.workerAnswers, 'search answers from the worker').to.be.greaterThan(0);
  });

  it('without blob: workers, search still works, on the main thread', async () => {
    const report = await runHostPage({ policy: 'no-blob' });
    expect(report.errors).to.deep.equal([]);
    expect(report.seen.matches).to.be.greaterThan(0);
    expect(report.workerAnswers).to.equal(0);
    // The one refusal is the documented cost of leaving `blob:` out of worker-src (and proves the
    // page hears violations at all).
    expect(report.violations.length).to.be.greaterThan(0);
    expect(report.violations.every((violation) => violation.startsWith('worker-src blob'))).to.equal(true, report.violations.join('\n'));
  });

  it('without blob: workers, setBasePath() starts the worker from the host’s own copy, with zero violations', async () => {
    const report = await runHostPage({ policy: 'no-blob', basePath: '/dist/' });
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.workers).to.deep.equal([new URL('/dist/search-worker.js', location.href).href]);
    expect(report.workerAnswers).to.be.greaterThan(0);
  });
});
