import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isoDateTime } from '../../../src/engine/export/export-dates.js';
import { exportFileName, rowsToCsv } from '../../../src/engine/export/index.js';
import { parseCsv } from './fixtures.js';

describe('export dates and helpers', () => {
  it('writes ISO dates exactly like Date#toISOString (without zero milliseconds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000 - 5_000_000_000, max: 253_402_300_800_000 + 5_000_000_000 }), (ms) => {
        const expected = new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
        expect(isoDateTime(ms)).to.equal(expected);
      }),
      { numRuns: 5000 },
    );
    expect(isoDateTime(Date.UTC(2024, 1, 29, 23, 59, 59, 7))).to.equal('2024-02-29T23:59:59.007Z');
    expect(isoDateTime(undefined)).to.equal('');
    expect(isoDateTime(Number.NaN)).to.equal('');
  });

  it('names the download by the date in the viewer time zone', () => {
    const lateEvening = Date.UTC(2026, 10, 24, 23, 30);
    expect(exportFileName('csv', lateEvening, 'Europe/Prague')).to.equal('sessions-2026-11-25.csv');
    expect(exportFileName('html', lateEvening, 'UTC')).to.equal('sessions-2026-11-24.html');
  });

  it('encodes plain rows with the same safety rules', () => {
    const result = rowsToCsv([['=1', -2, null, 'a"b'], ['x'.repeat(50), 1.5, undefined, '']], { bom: false, maxCellLength: 20 }, ['h1', 'h2', 'h3', 'h4']);
    const rows = parseCsv(result.parts.join(''), ',');
    expect(rows[0]).to.deep.equal(['h1', 'h2', 'h3', 'h4']);
    expect(rows[1]).to.deep.equal(["'=1", '-2', '', 'a"b']);
    expect(rows[2]![0]).to.equal(`${'x'.repeat(7)}… [truncated]`);
    expect(result.truncated).to.deep.equal([{ row: 1, column: 0 }]);
  });
});
