/**
 * Facts about one session that the summary, transcript, routing and recordings must agree on.
 * Each is derived from the seed and the session (never stored), so details can be rebuilt lazily.
 */
import type { SessionSummary } from '../../model/index.js';
import { CZECH } from './data/phrases-cs.js';
import { ENGLISH } from './data/phrases-en.js';
import type { Phrasebook } from './data/phrasebook.js';
import { hashSeed } from './prng.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Czech and Slovak visitors get the Czech phrasebook; everyone else English. */
export function phrasebookFor(language: string | undefined): Phrasebook {
  return language === 'cs' || language === 'sk' ? CZECH : ENGLISH;
}

/** Which topic the conversation is about (index into the phrasebook's topics). */
export function topicIndex(seed: number, session: SessionSummary): number {
  const topics = phrasebookFor(session.language).topics.length;
  return hashSeed(seed ^ 0x51ed27, session.id) % topics;
}

/** A per-session order number, so transcripts, parameters and page URLs mention the same order. */
export function orderNumber(seed: number, sessionId: string): string {
  return String(10_000 + (hashSeed(seed ^ 0x0a1b2c, sessionId) % 89_999));
}

/** When the first human operator joined (later than `acceptedAt` when a chatbot took it first). */
export function operatorJoinAt(session: SessionSummary): number | undefined {
  if (session.operators.length === 0 || session.acceptedAt === undefined) return undefined;
  if (!session.chatbot) return session.acceptedAt;
  const end = session.endedAt ?? session.lastMessageAt ?? session.acceptedAt;
  return Math.round(session.acceptedAt + (end - session.acceptedAt) * 0.25);
}

/** When the session moved from the first operator to the second, if it did. */
export function handoverAt(session: SessionSummary): number | undefined {
  const joined = operatorJoinAt(session);
  if (joined === undefined || session.operators.length < 2) return undefined;
  const end = session.endedAt ?? session.lastMessageAt ?? joined;
  return Math.round(joined + (end - joined) * 0.55);
}

/** Whether the hand-over was a manual re-route by an administrator rather than a transfer. */
export function wasRerouted(seed: number, session: SessionSummary): boolean {
  return session.operators.length > 1 && hashSeed(seed ^ 0x77, session.id) % 10 < 3;
}

/** Seeds of the separate streams each lazy part draws from. */
export const STREAM = { summary: 0x1, transcript: 0x2, notes: 0x3, routing: 0x4, recordings: 0x5 } as const;

export function streamSeed(seed: number, stream: number, sessionId: string): number {
  return hashSeed((seed * 31 + stream) | 0, sessionId);
}
