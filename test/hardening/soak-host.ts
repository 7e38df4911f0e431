/**
 * A host for live soaks that keeps its own truth: a contact centre whose live sessions arrive,
 * get messages, are accepted, end and are removed at a steady rate of changes per second, each
 * change announced once to every subscriber — and, like an at-least-once feed, some announced a
 * second time a little later, often after a newer change of the same session. At any moment `truth` is what the Live view must show and
 * `messagesOf(id)` what a session's transcript must hold.
 *
 * The pace follows `Date.now()`: under a fake clock a minute of feed runs in a moment; in real
 * time each timer tick catches up with the changes that were due, so a busy page does not slow the
 * feed down (the soak measures the page, not the timer).
 */
import type { DetailedSessionInput, LiveChange, ListSessionsRequest, SessionAdapter, SessionPage } from '../../src/adapter/index.js';
import type { Message, SessionSummary, Viewer } from '../../src/model/index.js';

export interface SoakHostOptions {
  /** Changes announced per second (Date.now() time). */
  changesPerSecond: number;
  /** Live sessions the feed keeps around (arrivals when fewer, endings when more). */
  liveTarget: number;
  /** Ended sessions the host holds besides (the History view). */
  history?: readonly SessionSummary[];
  /**
   * Every n-th change is announced a second time `redeliverAfter` changes later (by then often
   * behind a newer change of its session: a stale repeat that must not win). Default 7; 0 = never.
   */
  redeliverEvery?: number;
  /** Default 40. */
  redeliverAfter?: number;
  /** Seed of the feed's choices. */
  seed?: number;
  /** How often the feed's timer announces the changes due. Default 10 ms. */
  tickMs?: number;
  /** The feed stops after this many changes (first deliveries). Default: never. */
  limit?: number;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same feed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SoakHost implements SessionAdapter {
  readonly capabilities = { live: true };
  readonly viewer: Viewer = { id: 'op-1', name: 'Soak Operator', role: 'admin', locale: 'en-GB', timeZone: 'UTC' };
  /** The live sessions now, by id: what the Live view must show. */
  readonly truth = new Map<string, SessionSummary>();
  /** Changes announced (first deliveries) and second deliveries. */
  sent = 0;
  redelivered = 0;
  private readonly messages = new Map<string, Message[]>();
  private readonly ended = new Map<string, SessionSummary>();
  private readonly history: readonly SessionSummary[];
  private readonly listeners = new Set<(change: LiveChange) => void>();
  private readonly later: Array<{ at: number; change: LiveChange }> = [];
  private readonly next: () => number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private arrivals = 0;
  private messageCounter = 0;

  constructor(private readonly options: SoakHostOptions) {
    this.history = options.history ?? [];
    this.next = random(options.seed ?? 12);
    const now = Date.now();
    for (let i = 0; i < options.liveTarget; i++) this.arrive(now);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** The transcript the host holds for a session. */
  messagesOf(id: string): readonly Message[] {
    return this.messages.get(id) ?? [];
  }

  async listSessions(request: ListSessionsRequest): Promise<SessionPage> {
    const all = request.mode === 'live' ? [...this.truth.values()] : [...this.history, ...this.ended.values()];
    const start = request.cursor ? Number(request.cursor) : 0;
    const end = start + (request.limit > 0 ? request.limit : 1000);
    const page: SessionPage = { sessions: all.slice(start, end), total: all.length };
    if (end < all.length) page.nextCursor = String(end);
    return page;
  }

  async getSession(id: string): Promise<DetailedSessionInput> {
    const session = this.truth.get(id) ?? this.ended.get(id) ?? this.history.find((s) => s.id === id);
    if (!session) throw Object.assign(new Error(`no session ${id}`), { status: 404 });
    return { ...session, messages: [...this.messagesOf(id)], notes: [], routing: [], recordings: [] };
  }

  subscribe(onChange: (change: LiveChange) => void): () => void {
    this.listeners.add(onChange);
    if (this.timer === undefined) {
      this.startedAt = Date.now() - this.sent * (1000 / this.options.changesPerSecond);
      this.timer = setInterval(() => this.catchUp(), this.options.tickMs ?? 10);
    }
    return () => {
      this.listeners.delete(onChange);
      if (this.listeners.size === 0 && this.timer !== undefined) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** Stops the feed for good (the end of a soak: nothing more changes the truth). */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    // Second deliveries still owed go out now: the truth does not change by them.
    for (const { change } of this.later.splice(0)) {
      this.redelivered += 1;
      this.announce(change);
    }
  }

  /** Announces every change due by now (the feed's rate times the time since it started). */
  private catchUp(): void {
    const now = Date.now();
    const due = Math.min(Math.floor(((now - this.startedAt) * this.options.changesPerSecond) / 1000), this.options.limit ?? Infinity);
    while (this.sent < due) this.step(now);
  }

  private step(now: number): void {
    const every = this.options.redeliverEvery ?? 7;
    const change = this.change(now);
    this.sent += 1;
    this.announce(change);
    if (every > 0 && this.sent % every === 0) this.later.push({ at: this.sent + (this.options.redeliverAfter ?? 40), change });
    while (this.later.length > 0 && this.later[0]!.at <= this.sent) {
      this.redelivered += 1;
      this.announce(this.later.shift()!.change);
    }
  }

  private announce(change: LiveChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  /** One thing that happens in the contact centre, applied to the truth and returned as its change. */
  private change(now: number): LiveChange {
    const live = [...this.truth.values()];
    const roll = this.next();
    const target = this.options.liveTarget;
    const arrivalShare = live.length < target * 0.8 ? 0.3 : live.length > target * 1.2 ? 0.02 : 0.1;
    if (roll < arrivalShare || live.length === 0) {
      const session = this.arrive(now);
      return { type: 'session-upserted', id: session.id, version: session.version, session };
    }
    const session = live[Math.floor(this.next() * live.length)]!;
    if (roll < 0.7) return this.message(session, now);
    if (roll < 0.8 && session.state === 'waiting') return this.update({ ...session, state: 'active', acceptedAt: now, operators: [{ id: 'op-2', name: 'Petr Svoboda' }] }, 'session-upserted');
    if (roll < 0.93) return this.update({ ...session, state: 'ended', endedAt: now, endReason: 'client-ended' }, 'session-ended');
    if (roll < 0.96) return this.remove(session);
    return this.update({ ...session, tags: [`t${Math.floor(this.next() * 5)}`] }, 'session-upserted');
  }

  private arrive(now: number): SessionSummary {
    const id = `live-${++this.arrivals}`;
    const session: SessionSummary = {
      id,
      channel: this.arrivals % 3 === 0 ? 'whatsapp' : 'web-chat',
      state: 'waiting',
      startedAt: now,
      client: { name: `Client ${this.arrivals}` },
      operators: [],
      parameters: {},
      messageCount: 0,
      hasRecording: false,
      noteCount: 0,
      version: 1,
    };
    this.truth.set(id, session);
    this.messages.set(id, []);
    return session;
  }

  private message(session: SessionSummary, now: number): LiveChange {
    const message: Message = { id: `m-${++this.messageCounter}`, at: now, sender: this.messageCounter % 2 ? 'client' : 'operator', text: `Message ${this.messageCounter}` };
    this.messages.get(session.id)!.push(message);
    const updated: SessionSummary = {
      ...session,
      messageCount: session.messageCount + 1,
      lastMessageAt: now,
      lastMessagePreview: message.text,
      version: session.version + 1,
    };
    this.truth.set(session.id, updated);
    // Half carry the new summary, half leave the count to the receiver (both are allowed).
    return this.messageCounter % 2
      ? { type: 'message-appended', id: session.id, version: updated.version, message, session: updated }
      : { type: 'message-appended', id: session.id, version: updated.version, message };
  }

  private update(session: SessionSummary, type: 'session-upserted' | 'session-ended'): LiveChange {
    const updated = { ...session, version: session.version + 1 };
    if (type === 'session-ended') {
      this.truth.delete(session.id);
      this.ended.set(session.id, updated);
    } else this.truth.set(session.id, updated);
    return { type, id: session.id, version: updated.version, session: updated };
  }

  private remove(session: SessionSummary): LiveChange {
    this.truth.delete(session.id);
    return { type: 'session-removed', id: session.id, version: session.version + 1 };
  }
}
