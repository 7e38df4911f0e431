/**
 * Compile-time test of the adapter contract's record types: `npm run lint:types` type-checks this
 * file; nothing runs it. A host's compiler must catch a record without its required fields, accept
 * dates as epoch ms or ISO 8601 strings (as the README says), and require every mutation's
 * idempotency key, the ban's included.
 */
import type { DetailedSessionInput, SessionAdapter, SessionSummaryInput } from 'session-view';

const summary: SessionSummaryInput = {
  id: 'S-1',
  channel: 'web-chat',
  state: 'ended',
  startedAt: '2026-03-01T09:30:00Z',
  endedAt: Date.UTC(2026, 2, 1, 9, 45),
  client: { name: 'Eva' },
  operators: [],
  parameters: {},
  messageCount: 0,
  hasRecording: false,
  noteCount: 0,
  version: 1,
};

// @ts-expect-error -- `channel` and `state` are required: a page of such rows must not compile.
const withoutChannel: SessionSummaryInput = { id: 'S-2', startedAt: 0, client: { name: 'Eva' }, operators: [], parameters: {}, messageCount: 0, hasRecording: false, noteCount: 0, version: 1 };

const detail: DetailedSessionInput = { ...summary, messages: [{ id: 'm1', at: '2026-03-01T09:31:00Z', sender: 'client', text: 'Hi' }], notes: [], routing: [], recordings: [] };

export const adapter: SessionAdapter = {
  capabilities: { ban: true },
  viewer: { id: 'u', name: 'U', role: 'admin' },
  listSessions: async () => ({ sessions: [summary, withoutChannel] }),
  // @ts-expect-error -- getSession resolves a detailed record, not a summary without its transcript.
  getSession: async () => summary,
  banClient: async (_id, options) => {
    const key: string = options.idempotencyKey; // required: no `undefined` for the host to handle
    return { reason: `${options.reason} (${key})`, at: Date.now() };
  },
};

export const typedDetail = detail;

declare const host: SessionAdapter;
// @ts-expect-error -- a ban without an idempotency key, like any other mutation without one, does not compile.
void host.banClient?.('S-1', { reason: 'spam' });
