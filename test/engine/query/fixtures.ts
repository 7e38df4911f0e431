// Small hand-made sessions and fast-check arbitraries for engine tests (independent of the demo generator).
import fc from 'fast-check';
import { CHANNELS, END_REASONS, type SessionSummary } from '../../../src/model/index.js';

export const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const HOUR = 3_600_000;

export const OPERATORS = [
  { id: 'op-1', name: 'Jana Nováková' },
  { id: 'op-2', name: 'Petr Černý' },
  { id: 'op-3', name: 'Chrudoš Hájek' },
];
export const BOT = { id: 'bot-1', name: 'Robot Rudolf' };
export const GROUPS = [
  { id: 'g-sales', name: 'Prodej' },
  { id: 'g-support', name: 'Podpora' },
];
export const CLIENT_NAMES = ['Žofie Černá', 'Adam Cibulka', 'Čeněk Hora', 'Hana Chalupová', 'chris', 'Zdeněk', 'Ábel'];

export function makeSession(overrides: Partial<SessionSummary> & { id: string }): SessionSummary {
  return {
    channel: 'web-chat',
    state: 'ended',
    startedAt: NOW - 2 * HOUR,
    endedAt: NOW - HOUR,
    endReason: 'client-disconnected',
    client: { name: 'Jan Klient' },
    operators: [],
    parameters: {},
    messageCount: 3,
    hasRecording: false,
    noteCount: 0,
    version: 1,
    ...overrides,
  };
}

/** A session with fields drawn from small pools, so filters hit and miss often. */
export const sessionArbitrary = (id: string) =>
  fc
    .record({
      channel: fc.constantFrom(...CHANNELS),
      live: fc.boolean(),
      startOffsetH: fc.integer({ min: -24 * 40, max: 0 }),
      durationMin: fc.integer({ min: 0, max: 90 }),
      endReason: fc.option(fc.constantFrom(...END_REASONS), { nil: undefined }),
      clientName: fc.constantFrom(...CLIENT_NAMES),
      operators: fc.subarray(OPERATORS),
      withBot: fc.boolean(),
      group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
      orderId: fc.option(fc.constantFrom('A-1', 'A-12', 'B-7', ''), { nil: undefined }),
      pageUrl: fc.option(fc.constantFrom('https://shop.cz/kosik', 'https://shop.cz/reklamace', 'http://x.com/?q=1'), { nil: undefined }),
      hasRecording: fc.boolean(),
      noteCount: fc.integer({ min: 0, max: 2 }),
    })
    .map((r): SessionSummary => {
      const startedAt = NOW + r.startOffsetH * HOUR;
      const session = makeSession({
        id,
        channel: r.channel,
        state: r.live ? 'active' : 'ended',
        startedAt,
        endedAt: r.live ? undefined : startedAt + r.durationMin * 60_000,
        endReason: r.live ? undefined : r.endReason,
        client: { name: r.clientName },
        operators: r.operators,
        hasRecording: r.hasRecording,
        noteCount: r.noteCount,
        parameters: r.orderId === undefined ? {} : { orderId: r.orderId },
      });
      if (r.withBot) session.chatbot = BOT;
      if (r.group) session.group = r.group;
      if (r.pageUrl) session.pageUrl = r.pageUrl;
      return session;
    });

/** 0–60 sessions with unique ids `s-0`, `s-1`, … */
export const sessionsArbitrary = fc
  .integer({ min: 0, max: 60 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => sessionArbitrary(`s-${i}`))));
