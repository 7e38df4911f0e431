/**
 * Helpers of the fault-injection suite: what the user sees of a `<session-view>`, the host's
 * truth read straight from the adapter (faults off), and a call counter around an adapter.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/session-view.js';
import { validateSummary, type SessionAdapter } from '../../src/adapter/index.js';
import type { DemoSessionAdapter } from '../../src/adapter/demo/index.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import type { Mode } from '../../src/model/index.js';
import type { SessionStore } from '../../src/store/index.js';
import type { PageErrors } from './page-errors.js';

export type Seen = 'rows' | 'alert' | 'status' | 'blank';

/** Finds the first element matching `selector` under `root`, through open shadow roots. */
export function deepQuery<T extends Element>(root: Element | ShadowRoot | Document, selector: string): T | null {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  const own = root instanceof Element && root.shadowRoot ? deepQuery<T>(root.shadowRoot, selector) : null;
  if (own) return own;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deepQuery<T>(element.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

export async function mountView(adapter: SessionAdapter): Promise<SessionView> {
  return fixture<SessionView>(html`<session-view style="height:600px;width:1100px" .adapter=${adapter}></session-view>`);
}

/** What the table area shows the user: rows, an alert (error with its action), a status, or nothing. */
export function seen(view: SessionView): Seen {
  const table = view.shadowRoot!.querySelector('session-table')?.shadowRoot;
  if (!table) return 'blank';
  if (table.querySelectorAll('.body [role="row"]').length > 0) return 'rows';
  if (table.querySelector('[role="alert"]')?.textContent?.trim()) return 'alert';
  if (table.querySelector('[role="status"]')?.textContent?.trim()) return 'status';
  return 'blank';
}

/** The button named `name` in the table's alert, if any. */
export function alertButton(view: SessionView, name: string): HTMLButtonElement | undefined {
  const table = view.shadowRoot!.querySelector('session-table')!.shadowRoot!;
  return [...table.querySelectorAll<HTMLButtonElement>('[role="alert"] button')].find((b) => b.textContent?.trim() === name);
}

export async function rendered(view: SessionView): Promise<void> {
  await view.store!.settled();
  await view.updateComplete;
  const table = view.shadowRoot!.querySelector('session-table') as (Element & { updateComplete?: Promise<unknown> }) | null;
  await table?.updateComplete;
}

/** The invariants checked after every step: nothing uncaught, never a blank view. */
export function expectHealthy(view: SessionView, errors: PageErrors, step: string): void {
  expect(errors.list, `${step}: uncaught errors`).to.deep.equal([]);
  expect(seen(view), `${step}: what the table shows`).not.to.equal('blank');
}

/** The host's valid sessions of `mode` (id → version), read with every fault switched off. */
export async function hostTruth(adapter: DemoSessionAdapter, mode: Mode): Promise<Map<string, number>> {
  adapter.setFaults({ errorRate: undefined, timeoutRate: undefined, syncThrowRate: undefined, latencyMs: undefined, malformedLiveRate: undefined });
  const truth = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await adapter.listSessions({ mode, limit: 1000, ...(cursor ? { cursor } : {}) }, new AbortController().signal);
    for (const raw of page.sessions) {
      const result = validateSummary(raw);
      if (result.ok && !truth.has(result.value.id)) truth.set(result.value.id, result.value.version);
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return truth;
}

/** The store holds exactly the host's sessions of `mode`, at the host's versions, and shows them all. */
export function expectHostTruth(store: SessionStore, truth: Map<string, number>, mode: Mode): void {
  const held = new Map<string, number>();
  for (const [id, session] of store.sessions) if ((session.state !== 'ended') === (mode === 'live')) held.set(id, session.version);
  expect([...held.keys()].sort(), 'sessions held').to.deep.equal([...truth.keys()].sort());
  for (const [id, version] of truth) expect(held.get(id), `version of ${id}`).to.equal(version);
  expect([...store.view].sort(), 'rows in the view').to.deep.equal([...truth.keys()].sort());
}

/** Counts calls per adapter method (and how many are in flight at once). */
export function countCalls<T extends object>(adapter: T, methods: readonly string[]): { calls: Record<string, number>; maxInFlight: Record<string, number> } {
  const calls: Record<string, number> = {};
  const maxInFlight: Record<string, number> = {};
  for (const name of methods) {
    const original = (adapter as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    let inFlight = 0;
    let count = 0;
    calls[name] = 0;
    maxInFlight[name] = 0;
    (adapter as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls[name] = count += 1;
      const result = original.apply(adapter, args);
      if (result instanceof Promise) {
        inFlight += 1;
        maxInFlight[name] = Math.max(maxInFlight[name]!, inFlight);
        result.then(
          () => (inFlight -= 1),
          () => (inFlight -= 1),
        );
      }
      return result;
    };
  }
  return { calls, maxInFlight };
}
