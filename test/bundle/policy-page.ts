/**
 * A host page that loads only the drop-in bundle and uses it as a product would, served by
 * test/tooling/bundle-server.mjs with the response headers a scenario asks for (a strict CSP with
 * Trusted Types, a CSP without `blob:` workers, none). It reports to the test page that framed it:
 * every `securitypolicyviolation`, every error, the workers the page started and whether search
 * answers came from one, and the resources that failed to load.
 *
 * Query parameters: `bundle` (the bundle's URL, maybe another origin), `basePath` (calls
 * `setBasePath`), `steps=all` (every element, both exports and the player; default: search only).
 */
import type * as Root from '../../src/index.js';
import type * as Demo from '../../src/adapter/demo/index.js';
import type * as Engine from '../../src/engine/index.js';
import type * as Rest from '../../src/rest/index.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import type { DetailedSession } from '../../src/model/session.js';
import { reachExportMenu } from '../helpers/export-menu.js';
import type { DetailTab } from '../../src/elements/session-detail/detail-tabs.js';

type Bundle = typeof Root & typeof Demo & typeof Engine & typeof Rest;

export interface PolicyPageReport {
  /** `effectiveDirective blockedURI` of each violation. */
  violations: string[];
  errors: string[];
  /** The URL each worker was started from. */
  workers: string[];
  /** Search answers that came back from a worker. */
  workerAnswers: number;
  /** Resources answered with an error status. */
  failedResources: string[];
  /** What each step saw (for the test's assertions). */
  seen: Record<string, unknown>;
}

const params = new URLSearchParams(location.search);
const report: PolicyPageReport = { violations: [], errors: [], workers: [], workerAnswers: 0, failedResources: [], seen: {} };

document.addEventListener('securitypolicyviolation', (event) => report.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
// Chromium's "ResizeObserver loop completed with undelivered notifications" comes from the
// virtualizer's layout (issue #14, fixed at its cause elsewhere); it is not a policy matter.
addEventListener('error', (event) => {
  if (!String(event.message).startsWith('ResizeObserver loop')) report.errors.push(String(event.message));
});
addEventListener('unhandledrejection', (event) => report.errors.push(`unhandled: ${String(event.reason)}`));

// Counts the workers the bundle starts and the search answers they send, without changing them.
const NativeWorker = Worker;
globalThis.Worker = class ObservedWorker extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    report.workers.push(String(url));
    this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type === 'result') report.workerAnswers += 1;
    });
  }
};

/** Polls a condition each frame: the page has no test framework, and waits for what it needs. */
async function until(check: () => boolean, what: string, timeoutMs = 60000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

async function searchInContent(view: SessionView): Promise<void> {
  const store = view.store!;
  store.setQuery({ search: 'objednavka' });
  await until(() => store.search.state.status === 'done' && store.search.state.complete, 'search results');
  report.seen.matches = store.search.state.matches;
  store.setQuery({ search: '' });
  await store.settled();
}

async function everyDetailTab(view: SessionView, sessionId: string): Promise<void> {
  const store = view.store!;
  store.select(sessionId);
  await store.settled();
  await view.updateComplete;
  const detail = view.shadowRoot!.querySelector('session-detail')!;
  const tabs: DetailTab[] = ['info', 'parameters', 'notes', 'routing', 'recordings', 'transcript'];
  for (const tab of tabs) {
    detail.tab = tab;
    await store.settled();
    await detail.updateComplete;
    await until(() => detail.shadowRoot!.querySelector('[part~="tabpanel"]') !== null, `the ${tab} tab`);
  }
  report.seen.detailTabs = tabs.length;
}

async function exportBoth(view: SessionView): Promise<void> {
  const table = view.shadowRoot!.querySelector('session-table')!;
  const menu = await reachExportMenu(table);
  // The download link's click is stopped before the browser saves a file; reaching it is the point.
  const downloads: string[] = [];
  const onClick = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement && link.download) {
      downloads.push(`${link.download} ${link.href.slice(0, 5)}`);
      event.preventDefault();
    }
  };
  document.addEventListener('click', onClick, true);
  try {
    for (const format of ['csv', 'html'] as const) {
      await menu.show();
      menu.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${format}"]`)!.click();
      await menu.updateComplete;
      const start = menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="start"]')!;
      // HTML first counts what redaction would hide (a preview); Start waits for it.
      await until(() => !start.disabled, `the ${format} export ready to start`);
      let done = false;
      menu.addEventListener('sv-export-done', () => (done = true), { once: true });
      start.click();
      await until(() => done, `the ${format} export`, 120000);
      menu.shadowRoot!.querySelector<HTMLDialogElement>('dialog')?.close();
    }
  } finally {
    document.removeEventListener('click', onClick, true);
  }
  report.seen.downloads = downloads;
}

async function playRecording(view: SessionView, adapter: Demo.DemoSessionAdapter, sessionId: string): Promise<void> {
  const session = (await adapter.getSession(sessionId, new AbortController().signal)) as DetailedSession;
  const player = document.createElement('recording-player');
  player.store = view.store;
  player.sessionId = sessionId;
  player.recording = session.recordings[0];
  document.body.append(player);
  await player.updateComplete;
  player.media.handle({ type: 'mute', muted: true });
  await until(() => [...player.shadowRoot!.querySelectorAll<HTMLMediaElement>('audio, video')].some((media) => media.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA), 'the recording loaded');
  player.play();
  await until(() => player.media.state.currentMs > 200, 'the recording playing');
  player.pause();
  report.seen.played = true;
}

async function standaloneRoutingPanel(view: SessionView, sessionId: string): Promise<void> {
  const panel = document.createElement('routing-panel');
  panel.store = view.store;
  panel.sessionId = sessionId;
  document.body.append(panel);
  await view.store!.settled();
  await panel.updateComplete;
  report.seen.routingPanel = panel.shadowRoot!.childElementCount > 0;
}

async function run(): Promise<void> {
  const bundleUrl = new URL(params.get('bundle') ?? '/dist/session-view.bundle.js', location.href).href;
  const bundle = (await import(/* @vite-ignore */ bundleUrl)) as Bundle;
  const basePath = params.get('basePath');
  if (basePath) bundle.setBasePath(basePath);

  const adapter = bundle.createDemoAdapter({ seed: 3, sessions: 40, live: false });
  const view = document.createElement('session-view');
  view.style.cssText = 'display:block;height:480px;width:1000px';
  document.body.append(view);
  view.adapter = adapter;
  await until(() => view.store?.status === 'ready' && view.store.view.length > 0, 'rows');
  await view.updateComplete;
  await searchInContent(view);

  if (params.get('steps') === 'all') {
    const sessions = view.store!.getState().sessions;
    const withRecording = view.store!.view.find((id) => sessions.get(id)?.hasRecording)!;
    await everyDetailTab(view, withRecording);
    await exportBoth(view);
    await playRecording(view, adapter, withRecording);
    await standaloneRoutingPanel(view, withRecording);
  }
  report.seen.rows = view.store!.view.length;
}

try {
  await run();
} catch (error) {
  report.errors.push(`step failed: ${error instanceof Error ? error.stack : String(error)}`);
}
// Violations are delivered as tasks; one more task lets the last ones in before the report.
await new Promise((resolve) => setTimeout(resolve));
report.failedResources = performance
  .getEntriesByType('resource')
  .filter((entry) => (entry as PerformanceResourceTiming).responseStatus >= 400)
  .map((entry) => entry.name);
parent.postMessage({ policyPageReport: report }, location.origin);
