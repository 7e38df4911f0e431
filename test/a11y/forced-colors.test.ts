/**
 * Windows high contrast (`forced-colors: active`, emulated through DevTools): state that was only
 * a background must stay visible in system colours — the primary button, a search highlight and
 * the splitter buttons — and the view stays free of WCAG 2.2 violations.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait-until.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { deepAll } from './deep-query.js';
import { wcag22Violations } from './axe-wcag22.js';
import { mountView, openDetail } from './demo-view.js';

describe('forced colors (Windows high contrast)', function () {
  this.timeout(60_000);
  before(() => executeServerCommand('emulate-forced-colors', { active: true }));
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('primary buttons and search highlights keep system colours, and axe finds nothing', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
    const { view, adapter, store } = await mountView('light', 'en');
    // The first row: its selection is on screen (a selected row must stay readable too).
    const session = store.session(store.view[0]!)!;
    const detail = await openDetail(view, session, 'notes');
    const primary = deepAll(detail, '.sv-button.primary')[0]!;
    const style = getComputedStyle(primary);
    // ButtonText on ButtonFace, inverted: the button stands out as the default action.
    expect(style.backgroundColor).to.not.equal(style.color);
    expect(style.forcedColorAdjust).to.equal('none');

    const transcript = await openDetail(view, session, 'transcript');
    await waitUntil(() => deepAll(transcript, '.text').length > 0, 'messages');
    const word = deepAll(transcript, '.text').map((p) => p.textContent.match(/\p{L}{5,}/u)?.[0]).find(Boolean)!;
    store.setQuery({ search: word });
    await waitUntil(() => deepAll(view, 'mark').length > 0, 'highlights');
    const mark = deepAll(view, 'mark')[0]!;
    expect(getComputedStyle(mark).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(mark).backgroundColor).to.not.equal(getComputedStyle(mark).color);

    const selected = deepAll(view, '[role="row"][aria-selected="true"]')[0]!;
    // Backgrounds become Canvas: the selection is drawn as an outline in a system colour.
    expect(getComputedStyle(selected).outlineStyle, 'the selected row is marked').to.equal('solid');
    for (const cell of deepAll(selected, '[role="gridcell"]')) {
      expect(getComputedStyle(cell).forcedColorAdjust, 'cells keep the system palette').to.equal('auto');
    }

    const violations = await wcag22Violations(view);
    expect(violations.join('\n')).to.equal('');
    adapter.dispose();
  });
});
