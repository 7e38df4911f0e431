import { expect } from '@open-wc/testing';
import { endOfViewerDay, todayIso } from '../../../src/elements/session-detail/actions/dialog-helpers.js';

describe('ban dialog dates', () => {
  it('ends the chosen day at the viewer zone\'s next midnight, across DST changes', () => {
    // Prague: CET (UTC+1) on 28 March 2026, CEST (UTC+2) from 29 March 02:00.
    expect(endOfViewerDay('2026-03-28', 'Europe/Prague')).to.equal(Date.UTC(2026, 2, 28, 23) - 1);
    expect(endOfViewerDay('2026-03-29', 'Europe/Prague')).to.equal(Date.UTC(2026, 2, 29, 22) - 1);
    expect(endOfViewerDay('2026-10-25', 'Europe/Prague')).to.equal(Date.UTC(2026, 9, 25, 23) - 1);
    expect(endOfViewerDay('2026-01-31', 'America/New_York')).to.equal(Date.UTC(2026, 1, 1, 5) - 1);
    expect(endOfViewerDay('2026-12-31', 'Asia/Tokyo')).to.equal(Date.UTC(2026, 11, 31, 15) - 1);
    expect(endOfViewerDay('2026-06-30', 'UTC')).to.equal(Date.UTC(2026, 6, 1) - 1);
  });

  it('rejects what is not a date', () => {
    expect(endOfViewerDay('', 'UTC')).to.equal(undefined);
    expect(endOfViewerDay('2026-13-01', 'UTC')).to.equal(undefined);
    expect(endOfViewerDay('tomorrow', 'UTC')).to.equal(undefined);
  });

  it('gives today in the viewer zone, not the browser\'s', () => {
    const instant = Date.UTC(2026, 0, 15, 23, 30); // already 16 January in Prague and Tokyo
    expect(todayIso('Europe/Prague', instant)).to.equal('2026-01-16');
    expect(todayIso('America/Los_Angeles', instant)).to.equal('2026-01-15');
    expect(todayIso('Not/AZone', instant)).to.match(/^2026-01-1[56]$/);
  });
});
