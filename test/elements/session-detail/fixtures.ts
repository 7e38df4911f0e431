/** Small deterministic adapters and sessions for the session-detail tests. */
import type { DetailedSessionInput, LiveChange, SessionAdapter } from '../../../src/adapter/index.js';
import type { Capabilities, Message, Role, DetailedSession } from '../../../src/model/index.js';
import { SessionStore } from '../../../src/store/index.js';

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export function message(index: number, overrides: Partial<Message> = {}): Message {
  const sender = (['client', 'operator', 'chatbot'] as const)[index % 3]!;
  return {
    id: `m-${index}`,
    at: T0 + index * 60_000,
    sender,
    authorId: sender === 'client' ? undefined : `${sender}-1`,
    authorName: sender === 'client' ? 'Žofie Černá' : sender === 'operator' ? 'Jana Nováková' : 'Botík',
    text: `Message number ${index}`,
    ...overrides,
  };
}

export function messages(count: number): Message[] {
  return Array.from({ length: count }, (_, i) => message(i));
}

export function detail(overrides: Partial<DetailedSession> = {}): DetailedSession {
  return {
    id: 's-1',
    channel: 'whatsapp',
    state: 'ended',
    startedAt: T0,
    acceptedAt: T0 + 30_000,
    endedAt: T0 + 15 * 60_000,
    endReason: 'client-ended',
    client: { name: 'Žofie Černá', email: 'zofie@example.com', phone: '+420 600 000 000' },
    operators: [{ id: 'operator-1', name: 'Jana Nováková' }],
    group: { id: 'g-1', name: 'Support' },
    pageUrl: 'https://shop.example.com/cart',
    parameters: { orderId: 'A-123', tariff: 'Zlatý', region: 'Praha' },
    messageCount: 3,
    hasRecording: false,
    noteCount: 1,
    version: 1,
    messages: [
      message(0, { text: 'Dobrý den, objednávka A-123 nedorazila' }),
      message(1, { text: 'Podívám se na to. See https://shop.example.com/track?id=1.' }),
      message(2, { text: 'Sledujte zásilku' }),
    ],
    notes: [{ id: 'n-1', at: T0 + 20 * 60_000, authorId: 'other', authorName: 'Petr Svoboda', text: 'Called back.' }],
    routing: [],
    recordings: [],
    ...overrides,
  };
}

export const ALL_CAPABILITIES: Capabilities = {
  live: true,
  notes: true,
  reroute: true,
  contactClient: true,
  contactTemplates: true,
  ban: true,
  unban: true,
  recordings: true,
  downloadRecordings: true,
  serverQuery: false,
};

export interface TestAdapter extends SessionAdapter {
  /** Pushes a live change to the subscriber. */
  push(change: LiveChange): void;
  calls: Array<{ method: string; args: unknown[] }>;
}

export interface TestAdapterOptions {
  role?: Role;
  capabilities?: Partial<Capabilities>;
  sessions?: DetailedSession[];
  getSession?: (id: string) => Promise<DetailedSessionInput>;
  overrides?: Partial<SessionAdapter>;
}

export function testAdapter(options: TestAdapterOptions = {}): TestAdapter {
  const sessions = options.sessions ?? [detail()];
  let listener: ((change: LiveChange) => void) | undefined;
  const calls: TestAdapter['calls'] = [];
  const record = (method: string, args: unknown[]) => calls.push({ method, args });
  const adapter: TestAdapter = {
    calls,
    capabilities: { ...ALL_CAPABILITIES, ...options.capabilities },
    viewer: { id: 'me', name: 'Me Myself', role: options.role ?? 'admin', timeZone: 'Europe/Prague', locale: 'en-GB' },
    async listSessions() {
      return { sessions: sessions.map(({ messages: _m, notes: _n, routing: _r, recordings: _rec, ban: _b, ...summary }) => summary) };
    },
    getSession(id) {
      record('getSession', [id]);
      if (options.getSession) return options.getSession(id);
      const found = sessions.find((s) => s.id === id);
      return found ? Promise.resolve(structuredClone(found)) : Promise.reject(Object.assign(new Error('gone'), { status: 404 }));
    },
    subscribe(onChange) {
      listener = onChange;
      return () => (listener = undefined);
    },
    async routingTargets() {
      return [];
    },
    async reroute() {},
    async addNote(sessionId, text) {
      record('addNote', [sessionId, text]);
      return { id: `note-${calls.length}`, at: Date.now(), authorId: 'me', authorName: 'Me Myself', text };
    },
    async contactClient(sessionId, options) {
      record('contactClient', [sessionId, options?.templateId]);
      return { sessionId: 'new-session' };
    },
    async listContactTemplates(sessionId) {
      record('listContactTemplates', [sessionId]);
      return [
        { id: 'order-follow-up', name: 'Order follow-up', text: 'Hello, we have news about your order.', language: 'en' },
        { id: 'callback', name: 'Callback offer', text: 'Hello, may we call you back about your request?' },
      ];
    },
    async banClient(sessionId, ban) {
      record('banClient', [sessionId, ban]);
      return { ...ban, at: Date.now() };
    },
    async unbanClient(sessionId) {
      record('unbanClient', [sessionId]);
    },
    async recordingSource() {
      return { url: 'https://media.example.com/a.webm', type: 'video/webm' };
    },
    push(change) {
      listener?.(change);
    },
    ...options.overrides,
  };
  return adapter;
}

export function testStore(options: TestAdapterOptions = {}): { store: SessionStore; adapter: TestAdapter } {
  const adapter = testAdapter(options);
  return { store: new SessionStore(adapter), adapter };
}

/** Waits for the store's frame flush and the element's render. */
export async function settle(store: SessionStore, element?: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await store.settled();
    await element?.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
