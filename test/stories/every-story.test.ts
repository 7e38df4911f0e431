/**
 * Every story of every stories file renders, and passes axe, in the test suite: Storybook is the
 * element catalogue hosts read, so a story that throws or is inaccessible is a bug like any
 * other. A stories file added without being listed here fails the first test.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { quietConsole } from '../hardening/page-errors.js';
import * as banControl from '../../stories/ban-control.stories.js';
import * as columnChooser from '../../stories/column-chooser.stories.js';
import * as contactClient from '../../stories/contact-client.stories.js';
import * as exportMenu from '../../stories/export-menu.stories.js';
import * as filterPopover from '../../stories/filter-popover.stories.js';
import * as linkedTranscript from '../../stories/linked-transcript.stories.js';
import * as partFailure from '../../stories/part-failure.stories.js';
import * as recordingPlayer from '../../stories/recording-player.stories.js';
import * as routingPanel from '../../stories/routing-panel.stories.js';
import * as savedViews from '../../stories/saved-views.stories.js';
import * as searchBox from '../../stories/search-box.stories.js';
import * as sessionDetail from '../../stories/session-detail.stories.js';
import * as sessionInfo from '../../stories/session-info.stories.js';
import * as sessionNotes from '../../stories/session-notes.stories.js';
import * as sessionParameters from '../../stories/session-parameters.stories.js';
import * as sessionTable from '../../stories/session-table.stories.js';
import * as sessionView from '../../stories/session-view.stories.js';
import * as targetPicker from '../../stories/target-picker.stories.js';
import * as transcript from '../../stories/transcript.stories.js';

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
interface StoryModule {
  default: { title?: string; args?: Record<string, unknown>; render?: Render };
  [name: string]: unknown;
}
interface Story {
  args?: Record<string, unknown>;
  render?: Render;
  /** Storybook runs it after rendering (e.g. to raise a media error); so does this test. */
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => unknown;
}

const FILES: Record<string, StoryModule> = {
  'ban-control.stories.ts': banControl as unknown as StoryModule,
  'column-chooser.stories.ts': columnChooser as unknown as StoryModule,
  'contact-client.stories.ts': contactClient as unknown as StoryModule,
  'export-menu.stories.ts': exportMenu as unknown as StoryModule,
  'filter-popover.stories.ts': filterPopover as unknown as StoryModule,
  'linked-transcript.stories.ts': linkedTranscript as unknown as StoryModule,
  'part-failure.stories.ts': partFailure as unknown as StoryModule,
  'recording-player.stories.ts': recordingPlayer as unknown as StoryModule,
  'routing-panel.stories.ts': routingPanel as unknown as StoryModule,
  'saved-views.stories.ts': savedViews as unknown as StoryModule,
  'search-box.stories.ts': searchBox as unknown as StoryModule,
  'session-detail.stories.ts': sessionDetail as unknown as StoryModule,
  'session-info.stories.ts': sessionInfo as unknown as StoryModule,
  'session-notes.stories.ts': sessionNotes as unknown as StoryModule,
  'session-parameters.stories.ts': sessionParameters as unknown as StoryModule,
  'session-table.stories.ts': sessionTable as unknown as StoryModule,
  'session-view.stories.ts': sessionView as unknown as StoryModule,
  'target-picker.stories.ts': targetPicker as unknown as StoryModule,
  'transcript.stories.ts': transcript as unknown as StoryModule,
};

type Updatable = Element & { updateComplete?: Promise<unknown>; store?: { settled?: () => Promise<unknown> } };

/** Waits for the story's elements (and their stores) to render what they have. */
async function settle(host: Element): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const elements = [...host.querySelectorAll<Updatable>('*')].filter((element) => element.localName.includes('-'));
    for (const element of elements) {
      await element.store?.settled?.();
      await element.updateComplete;
    }
  }
}

describe('every story', function () {
  this.timeout(90_000);
  // The bad-data stories report each malformed record on the console, by design.
  quietConsole();

  it('lists every stories file', async () => {
    expect(Object.keys(FILES)).to.deep.equal(await executeServerCommand<string[], undefined>('story-files'));
  });

  for (const [file, module] of Object.entries(FILES)) {
    const meta = module.default;
    for (const [name, exported] of Object.entries(module)) {
      if (name === 'default' || name === '__namedExportsOrder') continue;
      const story = exported as Story;
      it(`${meta.title ?? file} › ${name} renders and passes axe`, async () => {
        const render = story.render ?? meta.render;
        expect(render, 'a render function').to.be.a('function');
        const args = { ...meta.args, ...story.args };
        const host = await fixture<HTMLDivElement>(html`<div style="height: 700px; width: 1200px">${render!(args, { args, globals: {} })}</div>`);
        await settle(host);
        if (story.play) {
          await story.play({ canvasElement: host, args });
          await settle(host);
        }
        await expect(host).to.be.accessible();
      });
    }
  }
});
