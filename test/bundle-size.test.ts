import { expect } from '@open-wc/testing';
import { runNodeCheck } from './bundle/node-check.js';

interface SizeRow {
  entry: string;
  upFrontKb: number;
  withLazyKb?: number;
  budgetKb?: number;
}

/**
 * What a host pays for each entry point: a consumer-style build (esbuild, Lit included, minified,
 * gzipped) by test/tooling/bundle-commands.mjs, written to bench/results/size.json and printed in
 * the README. Search, the store (for elements that may go without one), the export engine and the
 * redaction engine load with import() when used; "up front" counts only what loads on import.
 *
 * Each entry's ceiling is its budget of issue #14.
 */
const CEILINGS_KB: Record<string, number> = {
  'session-view/session-table.js': 45,
  'session-view/session-detail.js': 40,
  'session-view/routing-panel.js': 20,
  'session-view/recording-player.js': 20,
  'session-view/all.js': 90,
};

describe('weight of each entry point (min+gzip)', function () {
  this.timeout(180000);
  let rows: SizeRow[];

  before(async () => {
    rows = await runNodeCheck<SizeRow[]>('size');
  });

  it('stays under each entry’s ceiling up front', () => {
    for (const [entry, ceiling] of Object.entries(CEILINGS_KB)) {
      const row = rows.find((candidate) => candidate.entry === entry)!;
      expect(row, entry).to.exist;
      expect(row.upFrontKb, `${entry} up front (budget ${row.budgetKb} KB)`).to.be.at.most(ceiling);
    }
  });

  it('loads search, the store, export and redaction only when used', () => {
    for (const entry of ['session-view/recording-player.js', 'session-view/routing-panel.js', 'session-view/session-table.js', 'session-view/session-detail.js']) {
      const row = rows.find((candidate) => candidate.entry === entry)!;
      // What import() brings later is at least the search client (minisearch and the stemmers).
      expect(row.withLazyKb! - row.upFrontKb, `${entry}: loaded on demand`).to.be.greaterThan(8);
    }
  });

  it('is printed in the README', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('### Size'));
    for (const entry of Object.keys(CEILINGS_KB)) expect(section, entry).to.contain(`\`${entry}\``);
  });
});
