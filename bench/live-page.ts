/**
 * The live soak's page, shared by the benches that measure it (live-soak, live-heap): a host with
 * 100k history sessions announcing 100 changes a second, and a `<session-view>` showing its Live
 * view once the history has loaded.
 */
import { generateSessions } from '../src/adapter/demo/index.js';
import '../src/define/session-view.js';
import type { SessionView } from '../src/elements/session-view/session-view.js';
import type { SessionStore } from '../src/store/index.js';
import { SoakHost } from '../test/hardening/soak-host.js';

export const HISTORY = 100_000;
export const CHANGES_PER_SECOND = 100;
const LIVE_SESSIONS = 300;

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(condition: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`live page: ${what} not reached`);
    await pause(20);
  }
}

/** The soak's host: its feed starts when the view subscribes. */
export function soakHost(): SoakHost {
  const history = generateSessions(7, HISTORY, Date.now() - 60 * 60_000);
  return new SoakHost({ changesPerSecond: CHANGES_PER_SECOND, liveTarget: LIVE_SESSIONS, history, redeliverEvery: 7 });
}

/** Mounts a `<session-view>` over `host`, waits for the history, switches to Live and lets the load's idle work end. */
export async function liveView(host: SoakHost): Promise<{ view: SessionView; box: HTMLElement; store: SessionStore }> {
  const box = document.createElement('div');
  box.style.cssText = 'width:1200px;height:800px;display:flex';
  document.body.append(box);
  const view = document.createElement('session-view');
  view.adapter = host;
  box.append(view);
  await until(() => view.store?.status === 'ready' && view.store.sessions.size >= HISTORY, 'history loaded');
  const store = view.store!;
  store.setMode('live');
  await until(() => store.status === 'ready' && store.view.length > 0, 'live view loaded');
  // The idle sort preparation after the load is the load's work, not the feed's.
  await pause(5000);
  return { view, box, store };
}
