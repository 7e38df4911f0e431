import { expect } from '@open-wc/testing';
import { LiveRowsSeen } from '../../../src/elements/session-table/live-rows-seen.js';

describe('LiveRowsSeen (the live arrivals the table announces)', () => {
  it('counts the rows a view adds, forgets rows that left, and starts over after a reset', () => {
    const seen = new LiveRowsSeen();
    expect(seen.arrivalsIn(['a', 'b']), 'an opened table has no arrivals').to.equal(undefined);
    expect(seen.arrivalsIn(['c', 'a', 'b'])).to.equal(1);
    expect(seen.arrivalsIn(['c', 'a']), 'a row left').to.equal(0);
    expect(seen.arrivalsIn(['b', 'c', 'a']), 'a row that left and came back is new again').to.equal(1);
    seen.reset();
    expect(seen.arrivalsIn(['d', 'b'])).to.equal(undefined);
    expect(seen.arrivalsIn(['e', 'd', 'b', 'f'])).to.equal(2);
  });
});
