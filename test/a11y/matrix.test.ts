/**
 * WCAG 2.2 AA (axe with `target-size` on) over every element's states, in both themes and both
 * languages: the table, its filter popover, column chooser and export dialog, the detail on each
 * tab (the routing panel and the recording player among them) and the ban dialog. One compact
 * matrix: a state that fails names itself, its theme and its language.
 */
import { waitUntil } from '../helpers/wait-until.js';
import type { DetailTab } from '../../src/elements/session-detail/detail-tabs.js';
import { wcag22Violations } from './axe-wcag22.js';
import { deepAll } from './deep-query.js';
import { reachExportMenu } from '../helpers/export-menu.js';
import { detailOf, mountView, openDetail, table } from './demo-view.js';

const THEMES = ['light', 'dark'] as const;
const LANGS = ['en', 'cs'] as const;

describe('WCAG 2.2 AA in both themes and both languages', function () {
  this.timeout(120_000);

  for (const theme of THEMES) {
    for (const lang of LANGS) {
      it(`${theme} / ${lang}: table, popovers, dialogs and every detail tab`, async () => {
        const { view, adapter, store } = await mountView(theme, lang);
        // Every state is checked before failing, so one run lists everything that is wrong.
        const problems: string[] = [];
        const expectWcag22 = async (element: Element, name: string) => {
          for (const violation of await wcag22Violations(element)) problems.push(`${theme}/${lang} ${name}: ${violation}`);
        };
        const state = (name: string) => name;
        const grid = table(view);
        await grid.updateComplete;
        await expectWcag22(view, state('table'));

        grid.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filter-button"]')!.click();
        await grid.updateComplete;
        await waitUntil(() => grid.shadowRoot!.querySelector('sv-filter-popover'), 'filter popover');
        await expectWcag22(view, state('filter popover'));
        grid.shadowRoot!.querySelector<HTMLButtonElement>('.columns-button')!.click();
        await grid.updateComplete;
        await waitUntil(() => grid.shadowRoot!.querySelector('sv-column-chooser'), 'column chooser');
        await expectWcag22(view, state('column chooser'));
        grid.shadowRoot!.querySelector<HTMLButtonElement>('.columns-button')!.click();
        await grid.updateComplete;

        const sessions = [...store.sessions.values()];
        const ended = sessions.find((s) => s.state === 'ended' && s.hasRecording) ?? sessions[0]!;
        for (const tab of ['transcript', 'info', 'parameters', 'notes', 'recordings'] as DetailTab[]) {
          const detail = await openDetail(view, ended, tab);
          await expectWcag22(detail, state(`detail ${tab}`));
        }
        const banButton = () => detailOf(view).shadowRoot!.querySelector('sv-ban-control')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="ban-button"]');
        await waitUntil(() => banButton(), 'ban offered');
        banButton()!.click();
        await waitUntil(() => detailOf(view).shadowRoot!.querySelector('sv-ban-control')!.shadowRoot!.querySelector('dialog[open]'), 'ban dialog');
        await expectWcag22(detailOf(view), state('ban dialog'));
        detailOf(view).shadowRoot!.querySelector('sv-ban-control')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();

        // Search highlights in the table and the transcript.
        const transcript = await openDetail(view, ended, 'transcript');
        await waitUntil(() => deepAll(transcript, '.text').length > 0, 'messages');
        const word = deepAll(transcript, '.text').map((p) => p.textContent.match(/\p{L}{5,}/u)?.[0]).find(Boolean)!;
        store.setQuery({ search: word });
        await waitUntil(() => store.view.length > 0 && store.query.search === word, 'search applied');
        await store.settled();
        await openDetail(view, ended, 'transcript');
        // Match snippets (muted text under a highlight) come from the search worker.
        await waitUntil(() => deepAll(grid, '.cell.match mark').length > 0, 'match snippets', { timeout: 10_000 });
        await expectWcag22(view, state('search'));
        store.setQuery({ search: '' });

        store.setMode('live');
        await waitUntil(() => store.status === 'ready' && [...store.sessions.values()].some((s) => s.state !== 'ended'), 'live sessions');
        const live = [...store.sessions.values()].find((s) => s.state !== 'ended')!;
        const routing = await openDetail(view, live, 'routing');
        await waitUntil(() => routing.shadowRoot!.querySelector('routing-panel')?.shadowRoot?.querySelector('.timeline'), 'timeline');
        await expectWcag22(routing, state('detail routing'));

        const exportMenu = await reachExportMenu(grid);
        exportMenu.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
        await waitUntil(() => exportMenu.shadowRoot!.querySelector('dialog[open]'), 'export dialog');
        await expectWcag22(exportMenu, state('export dialog'));
        adapter.dispose();
        // A plain Error: chai would truncate the list.
        if (problems.length > 0) throw new Error(`${problems.length} WCAG 2.2 violation(s)\n${problems.join('\n')}`);
      });
    }
  }
});
