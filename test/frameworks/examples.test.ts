/**
 * The React, Vue and Angular example apps, as built by `npm run test:frameworks`
 * (test/frameworks/check-examples.mjs, which also type-checks them strictly and proves a wrong
 * prop type is rejected), loaded in Chromium as a user opens them: rows render, clicking a row
 * opens the detail, and the host's own handler received `sv-session-select` (the app prints the
 * id it read from the typed `event.detail`).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait-until.js';
import { sendMouse } from '@web/test-runner-commands';

const APPS = ['react', 'vue', 'angular'] as const;

interface LoadedApp {
  frame: HTMLIFrameElement;
  errors: string[];
}

/** Opens a built example in a frame, collecting what its page fails to handle from the first script on. */
async function open(app: (typeof APPS)[number]): Promise<LoadedApp> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;inset:0 auto auto 0;width:1200px;height:800px;border:0';
  const errors: string[] = [];
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  frame.src = `/examples/${app}/dist/index.html`;
  // The frame's window is replaced by the navigation: watch the new one as soon as it exists.
  await waitUntil(() => frame.contentWindow?.location.pathname.endsWith('/index.html'), `${app} did not start loading`);
  const view = frame.contentWindow!;
  view.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  view.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${String(event.reason)}`));
  await loaded;
  return { frame, errors };
}

function shadow(host: Element | null | undefined, selector: string): HTMLElement | null {
  return host?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

describe('framework example apps (built by npm run test:frameworks)', function () {
  // Loading three built apps with a 300-session demo data set: seconds on a busy machine.
  this.timeout(60_000);

  for (const app of APPS) {
    it(`${app}: rows render, a click opens the detail, the host's handler gets sv-session-select`, async () => {
      const { frame, errors } = await open(app);
      try {
        const page = frame.contentDocument!;
        const view = () => page.querySelector('session-view');
        const table = () => shadow(view(), 'session-table');
        const firstRow = () => shadow(table(), '.body [role="row"][aria-rowindex="2"]');
        await waitUntil(() => firstRow() !== null, `${app}: no rows rendered`, { timeout: 30_000 });
        expect(page.querySelector('#selected')?.textContent?.trim()).to.equal('No session opened');

        const row = firstRow()!;
        const box = row.getBoundingClientRect();
        const offset = frame.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(offset.left + box.left + 40), Math.round(offset.top + box.top + box.height / 2)] });

        const opened = () => shadow(view(), 'session-detail')?.getAttribute('session-id');
        await waitUntil(() => Boolean(opened()), `${app}: the detail did not open`);
        const sessionId = opened()!;
        await waitUntil(() => page.querySelector('#selected')?.textContent?.trim() === `Opened ${sessionId}`, `${app}: the host's handler did not receive the selection`);
        expect(errors, `${app}: uncaught errors`).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
