import { expect } from '@open-wc/testing';
import { runNodeCheck } from './bundle/node-check.js';

interface PackageCheck {
  node: { specifier: string; resolved?: string; imported?: true; error?: string }[];
  sourceMaps: { maps: number; missing: string[]; missingCount: number };
  vite: { ok: boolean; output: string };
  devWarnings: string[];
}

/**
 * The package as a consumer installs it (`npm pack`, unpacked into a scratch app by
 * test/tooling/bundle-commands.mjs): every specifier the README documents resolves and imports in
 * Node without a DOM (server-side rendering), a Vite app importing them all builds, and no source
 * map points at a file the package does not ship.
 */
describe('the packed package', function () {
  this.timeout(240000);
  let check: PackageCheck;

  before(async () => {
    check = await runNodeCheck<PackageCheck>('package');
  });

  it('resolves and imports every documented specifier in Node, without a DOM', () => {
    const failed = check.node.filter((row) => !row.imported);
    expect(failed, JSON.stringify(failed, null, 2)).to.deep.equal([]);
    const resolved = Object.fromEntries(check.node.map((row) => [row.specifier, row.resolved]));
    expect(resolved['session-view/define/session-table.js']).to.equal('dist/define/session-table.js');
    expect(resolved['session-view/session-table.js']).to.equal('dist/define/session-table.js');
    expect(resolved['session-view/bundle.js']).to.equal('dist/session-view.bundle.js');
  });

  it('builds in a Vite app that imports every browser entry point', () => {
    expect(check.vite.ok, check.vite.output).to.equal(true);
    expect(check.vite.output).not.to.match(/failed to resolve|missing source/i);
  });

  it('ships the sources its source maps point to (Vite prints no "missing source files")', () => {
    expect(check.sourceMaps.maps).to.be.greaterThan(100);
    expect(check.sourceMaps.missing, `${check.sourceMaps.missingCount} missing`).to.deep.equal([]);
    expect(check.devWarnings).to.deep.equal([]);
  });
});
