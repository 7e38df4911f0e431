/**
 * Focus is never lost (issue 12, defect 7): closing the detail returns focus to the row that
 * opened it; one Esc in the player's shortcut help closes only the help; a non-modal popover
 * closes when focus leaves it (and leaves focus where it went); the transcript's "play from"
 * buttons are one Tab stop with arrow keys between them.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait-until.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { RecordingPlayer } from '../../src/define/recording-player.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import { deepAll, deepActive } from './deep-query.js';
import { detailOf, mountView, openDetail, table } from './demo-view.js';

async function recordingSession(view: SessionView, tab: 'transcript' | 'recordings') {
  const session = [...view.store!.sessions.values()].find((s) => s.state === 'ended' && s.hasRecording)!;
  const detail = await openDetail(view, session, tab);
  return { session, detail };
}

describe('focus is never lost', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1400, height: 900 }));

  it('Esc on the detail returns focus to the row that opened it', async () => {
    const { view, adapter, store } = await mountView('light', 'en');
    const grid = table(view);
    const scroller = grid.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    scroller.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.selectedId !== undefined && detailOf(view), 'detail open');
    const opened = store.selectedId!;
    const detail = detailOf(view);
    await detail.updateComplete;
    detail.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => store.selectedId === undefined, 'detail closed');
    await waitUntil(() => grid.shadowRoot!.activeElement === scroller, 'focus back on the grid');
    const activeCell = grid.shadowRoot!.getElementById(scroller.getAttribute('aria-activedescendant')!)!;
    const rowIndex = Number(activeCell.closest('[aria-rowindex]')!.getAttribute('aria-rowindex'));
    expect(store.view[rowIndex - 2], 'the row that opened the detail').to.equal(opened);
    adapter.dispose();
  });

  it("one Esc in the player's shortcut help closes only the help", async () => {
    const { view, adapter, store } = await mountView('light', 'en');
    const { detail } = await recordingSession(view, 'recordings');
    const player = await waitUntil(() => deepAll(detail, 'recording-player')[0]).then(() => deepAll(detail, 'recording-player')[0] as RecordingPlayer);
    // The player's controls load with its first recording: its updateComplete waits for them.
    await waitUntil(() => player.currentRecording, 'a recording in the player');
    await player.updateComplete;
    expect(player.shadowRoot!.querySelector('[data-action="help"]'), 'player controls').to.exist;
    player.shadowRoot!.querySelector<HTMLElement>('.player')!.focus();
    await sendKeys({ type: '?' });
    const help = player.shadowRoot!.querySelector<HTMLElement>('#shortcuts')!;
    await waitUntil(() => help.matches(':popover-open'), 'help open');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !help.matches(':popover-open'), 'help closed');
    expect(store.selectedId, 'the detail stays open').to.not.equal(undefined);
    expect(deepActive()?.getAttribute('data-action')).to.equal('help');
    adapter.dispose();
  });

  it('the column chooser closes when focus leaves it, and focus stays where it went', async () => {
    const { view, adapter } = await mountView('light', 'en');
    const grid = table(view);
    grid.shadowRoot!.querySelector<HTMLButtonElement>('.columns-button')!.click();
    await grid.updateComplete; // the chooser loads on first use
    const chooser = grid.shadowRoot!.querySelector('sv-column-chooser') as HTMLElement & { open: boolean };
    await waitUntil(() => chooser.open && chooser.shadowRoot!.activeElement, 'chooser open and focused');
    const search = deepAll(grid, 'input[type="search"]').find((input) => !chooser.shadowRoot!.contains(input))!;
    search.focus();
    await waitUntil(() => !chooser.open, 'chooser closed');
    expect(deepActive()).to.equal(search);
    adapter.dispose();
  });

  it('"play from" buttons are one Tab stop; the arrow keys move between them', async () => {
    const { view, adapter } = await mountView('light', 'en');
    const { detail } = await recordingSession(view, 'transcript');
    await waitUntil(() => deepAll(detail, '.play-from').length > 2, 'play-from buttons');
    const buttons = () => deepAll(detail, '.play-from');
    expect(buttons().filter((b) => b.tabIndex === 0), 'one tab stop').to.have.length(1);
    const first = buttons().find((b) => b.tabIndex === 0)!;
    first.focus();
    const id = first.dataset['playFrom'];
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActive()?.classList.contains('play-from') && (deepActive() as HTMLElement).dataset['playFrom'] !== id, 'next button focused');
    await waitUntil(() => buttons().filter((b) => b.tabIndex === 0).length === 1 && (deepActive() as HTMLElement).tabIndex === 0, 'tab stop moved');
    adapter.dispose();
  });
});
