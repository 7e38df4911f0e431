/**
 * Inline adapter and helpers for the table tests (the demo adapter is built separately). Sessions
 * are deterministic so tests can assert exact text.
 */
import { html } from 'lit';
import { fixture } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import type { LiveChange, SessionAdapter, SessionSummaryInput } from '../../../src/adapter/index.js';
import type { Channel, SessionSummary } from '../../../src/model/index.js';
import { SessionStore } from '../../../src/store/index.js';
import '../../../src/define/session-table.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';

const CHANNELS: Channel[] = ['web-chat', 'phone', 'whatsapp', 'email'];
export const BASE_TIME = Date.UTC(2024, 4, 1, 8, 0, 0);

export function makeSession(index: number, overrides: Partial<SessionSummary> = {}): SessionSummary {
  const ended = overrides.state ? overrides.state === 'ended' : index % 5 !== 0;
  const startedAt = BASE_TIME - index * 60_000;
  return {
    id: `s${index}`,
    channel: CHANNELS[index % CHANNELS.length]!,
    state: ended ? 'ended' : 'active',
    startedAt,
    acceptedAt: startedAt + 10_000,
    ...(ended ? { endedAt: startedAt + 300_000 + index * 1000, endReason: 'client-ended' as const } : {}),
    client: { name: `Client ${index}` },
    operators: [{ id: `op${index % 3}`, name: `Operator ${index % 3}` }],
    parameters: {},
    messageCount: index % 17,
    hasRecording: index % 2 === 0,
    noteCount: 0,
    version: 1,
    ...overrides,
  };
}

export interface TestAdapterOptions {
  count?: number;
  sessions?: SessionSummary[];
  pageSize?: number;
  live?: boolean;
  /** Makes listSessions reject with this (e.g. `{ status: 403 }`). */
  fail?: unknown;
  /** listSessions never resolves (loading state). */
  hang?: boolean;
  /** Page n (0-based) waits for this promise before resolving (streaming state). */
  holdPage?: { index: number; until: Promise<void> };
  total?: number;
  /** Records appended to the first page; malformed on purpose where the store's validation is under test. */
  extra?: unknown[];
  preferences?: Map<string, unknown>;
}

export interface TestAdapter extends SessionAdapter {
  push(change: LiveChange): void;
  calls: number;
}

export function testAdapter(options: TestAdapterOptions = {}): TestAdapter {
  const sessions = options.sessions ?? Array.from({ length: options.count ?? 50 }, (_, i) => makeSession(i));
  let listener: ((change: LiveChange) => void) | undefined;
  const adapter: TestAdapter = {
    calls: 0,
    capabilities: { live: options.live ?? true },
    viewer: { id: 'u1', name: 'Tester', role: 'admin', locale: 'en-GB', timeZone: 'UTC' },
    async listSessions(request) {
      adapter.calls += 1;
      if (options.hang) return new Promise(() => {});
      // A host adapter may reject with anything (the tests pass plain `{ status }` objects).
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (options.fail) throw options.fail;
      const pool = sessions.filter((s) => (s.state !== 'ended') === (request.mode === 'live'));
      const size = options.pageSize ?? 10_000;
      const start = request.cursor ? Number(request.cursor) : 0;
      const page = start / size;
      if (options.holdPage && options.holdPage.index === page) await options.holdPage.until;
      const slice: SessionSummaryInput[] = pool.slice(start, start + size);
      if (page === 0 && options.extra) slice.push(...(options.extra as SessionSummaryInput[]));
      const next = start + size < pool.length ? String(start + size) : undefined;
      return { sessions: slice, ...(next ? { nextCursor: next } : {}), total: options.total ?? pool.length };
    },
    async getSession(id) {
      const found = sessions.find((s) => s.id === id);
      if (!found) throw Object.assign(new Error('gone'), { status: 404 });
      return { ...found, messages: [], notes: [], routing: [], recordings: [] };
    },
    subscribe(onChange) {
      listener = onChange;
      return () => (listener = undefined);
    },
    push(change) {
      listener?.(change);
    },
  };
  if (options.preferences) {
    const prefs = options.preferences;
    adapter.loadPreference = async (key) => prefs.get(key);
    adapter.savePreference = async (key, value) => void prefs.set(key, value);
  }
  return adapter;
}

/** Waits for the store to flush and the table to render it (its `updateComplete` includes the virtualizer's rows). */
export async function settle(table: SessionTable): Promise<void> {
  await table.currentStore?.settled();
  await table.updateComplete;
}

export async function tableFixture(
  source: { adapter?: SessionAdapter; store?: SessionStore },
  attrs: { height?: number; width?: number; tableId?: string; lang?: string; waitForData?: boolean | 'rows' } = {},
): Promise<SessionTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height:${attrs.height ?? 400}px;width:${attrs.width ?? 900}px" lang=${attrs.lang ?? 'en'}>
    <session-table table-id=${attrs.tableId ?? `t${Math.random().toString(36).slice(2)}`} .adapter=${source.adapter} .store=${source.store}></session-table>
  </div>`);
  const table = wrapper.querySelector('session-table')!;
  await settle(table);
  // By default the load has ended: the first rows show while it is still under way, above them its
  // progress banner, which then goes and moves the grid (a test measuring positions would miss).
  // `'rows'`: only until rows show (a test that holds a later page back).
  if (attrs.waitForData === 'rows') {
    await waitFor(() => table.currentStore?.status !== 'loading' || (table.currentStore?.view.length ?? 0) > 0, table);
    await settle(table);
  } else if (attrs.waitForData !== false) {
    await waitFor(() => table.currentStore?.status !== 'loading', table);
    await settle(table);
  }
  return table;
}

/** Waits until `condition` holds (re-checked as the page runs), then for the table to render. */
export async function waitFor(condition: () => boolean, table?: SessionTable, timeout?: number): Promise<void> {
  await waitUntil(condition, 'waitFor: condition not met', { interval: 10, timeout });
  if (table) await table.updateComplete;
}

export function grid(table: SessionTable): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
}

export function bodyRows(table: SessionTable): HTMLElement[] {
  return [...table.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')];
}

export function rowByIndex(table: SessionTable, ariaRowIndex: number): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${ariaRowIndex}"]`);
}

/** The row's cell texts, trimmed. */
export function rowText(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent?.trim() ?? '');
}

/**
 * A store that serves `count` generated rows without holding them: for the million-row tests,
 * where building a million summaries would measure the test, not the table.
 */
export class SyntheticStore extends SessionStore {
  constructor(count: number) {
    super(testAdapter({ count: 0, live: false }));
    const ids = Array.from({ length: count }, (_, i) => `s${i}`);
    this.setViewComputer({ compute: () => ids });
  }

  override session(id: string): SessionSummary | undefined {
    return makeSession(Number(id.slice(1)));
  }
}

/** A key with a modifier held (sendKeys' `press` takes single keys with this launcher). */
export async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}


export { reachExportMenu } from '../../helpers/export-menu.js';
