import { expect } from '@open-wc/testing';
import { FixedRowLayout, OVERSCAN_ROWS } from '../../../src/elements/session-table/fixed-row-layout.js';

type Message = Parameters<ConstructorParameters<typeof FixedRowLayout>[0]>[0];
type StateMessage = Extract<Message, { type: 'stateChanged' }>;

/** A layout as the virtualizer drives it: 1,000 rows of 30 px in a 300 px viewport. */
function layout(rows = 1000): { layout: FixedRowLayout; messages: Message[]; lastState: () => StateMessage } {
  const messages: Message[] = [];
  const fixed = new FixedRowLayout((message) => messages.push(message), { rowHeight: 30 });
  fixed.items = Array.from({ length: rows }, (_, i) => i);
  fixed.viewportSize = { width: 800, height: 300 };
  fixed.totalScrollSize = { width: 800, height: rows * 30 };
  fixed.reflowIfNeeded();
  const lastState = () => messages.filter((m): m is StateMessage => m.type === 'stateChanged').at(-1)!;
  return { layout: fixed, messages, lastState };
}

describe('FixedRowLayout (the table rows’ place in the virtualizer)', () => {
  it('places row i at i × the row height and renders the viewport plus the overscan', () => {
    const { lastState } = layout();
    const state = lastState();
    expect(state.scrollSize.height).to.equal(30_000);
    expect(state.range.first).to.equal(0);
    expect(state.range.last, '10 rows on screen + the overscan below').to.equal(10 + OVERSCAN_ROWS - 1);
    expect(state.range.firstVisible).to.equal(0);
    expect(state.range.lastVisible).to.equal(9);
    expect(state.childPositions.get(7)).to.deep.equal({ top: 210, left: 0 });
  });

  it('asks for a reflow only when a scroll leaves the rendered rows, and reports visibility otherwise', () => {
    const { layout: fixed, messages, lastState } = layout();
    fixed.viewportScroll = { top: 15_001, left: 0 };
    fixed.reflowIfNeeded();
    const state = lastState();
    expect(state.range.first, 'the overscan above row 500').to.equal(500 - OVERSCAN_ROWS);
    expect(state.range.last, 'the 11 rows partly on screen + the overscan below').to.equal(510 + OVERSCAN_ROWS);
    expect([state.range.firstVisible, state.range.lastVisible]).to.deep.equal([500, 510]);
    let before = messages.length;
    fixed.viewportScroll = { top: 15_030, left: 0 };
    expect(messages.slice(before), 'row 500 left the screen; the rendered rows still cover the overscan').to.deep.equal([
      { type: 'visibilityChanged', firstVisible: 501, lastVisible: 510 },
    ]);
    before = messages.length;
    fixed.viewportScroll = { top: 15_100, left: 0 };
    expect(messages.length, 'nothing until the virtualizer reflows').to.equal(before);
    fixed.reflowIfNeeded();
    expect([lastState().range.firstVisible, lastState().range.lastVisible]).to.deep.equal([503, 513]);
  });

  it('scrolls a row into view at each block position, within the scroll area', () => {
    const { layout: fixed } = layout();
    expect(fixed.getScrollIntoViewCoordinates({ index: 100, block: 'start' })).to.deep.equal({ top: 3000 });
    expect(fixed.getScrollIntoViewCoordinates({ index: 100, block: 'end' })).to.deep.equal({ top: 2730 });
    expect(fixed.getScrollIntoViewCoordinates({ index: 100, block: 'center' })).to.deep.equal({ top: 2865 });
    expect(fixed.getScrollIntoViewCoordinates({ index: 999, block: 'start' }), 'the last row cannot start at the top').to.deep.equal({ top: 29_700 });
    expect(fixed.getScrollIntoViewCoordinates({ index: 100, block: 'nearest' }), 'from the top, its end edge is nearer').to.deep.equal({ top: 2730 });
  });

  it('a pin moves the rows to the pinned one and reports the scroll error once; unpinning tells the virtualizer', async () => {
    const { layout: fixed, messages, lastState } = layout();
    fixed.pin = { index: 400, block: 'start' };
    fixed.reflowIfNeeded();
    const pinned = lastState();
    expect(pinned.range.firstVisible).to.equal(400);
    expect(pinned.scrollError, 'from 0 to 12,000 px').to.deep.equal({ top: -12_000, left: 0 });
    fixed.reflowIfNeeded(true);
    expect(lastState().scrollError).to.equal(undefined);
    fixed.unpin();
    expect(messages.at(-1)).to.deep.equal({ type: 'unpinned' });
    expect(fixed.pin).to.equal(null);
  });

  it('a new row height re-lays the rows out without waiting for a scroll', async () => {
    const { layout: fixed, messages, lastState } = layout();
    const before = messages.length;
    fixed.config = { rowHeight: 60 };
    await Promise.resolve();
    expect(messages.length).to.be.greaterThan(before);
    expect(lastState().scrollSize.height).to.equal(60_000);
    expect(lastState().childPositions.get(3)).to.deep.equal({ top: 180, left: 0 });
  });

  it('renders nothing for no rows or a hidden viewport', () => {
    const { lastState } = layout(0);
    expect(lastState().range.first).to.equal(-1);
    expect(lastState().childPositions.size).to.equal(0);
    expect(lastState().scrollSize.height, 'still a scroll area').to.equal(1);
  });
});
