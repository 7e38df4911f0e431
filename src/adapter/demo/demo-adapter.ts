/**
 * The `SessionAdapter` implementation over the demo back end. Every call passes the fault gate
 * (latency, errors, hangs) first, honours its AbortSignal, and rejects with classified errors.
 */
import { CONTACTABLE_CHANNELS, NO_CAPABILITIES } from '../../model/index.js';
import type { Ban, Capabilities, ContactTemplate, SlaThresholds, Message, Note, RecordingSource, RerouteTargetKind, RoutingTarget, RoutingTargetRef, SessionSummary, Viewer } from '../../model/index.js';
import { SessionViewError } from '../errors.js';
import type { DetailedSessionInput } from '../records.js';
import type { BanOptions, ContactOptions, ListSessionsRequest, LiveChange, MutationOptions, RerouteOptions, SessionPage } from '../types.js';
import { demoContactTemplates, templateForContact } from './contact-templates.js';
import { DemoBackend } from './backend.js';
import { sessionIdOfRecording } from './detail.js';
import { Faults, throwIfAborted, type FaultOptions } from './faults.js';
import type { DemoAdapterOptions, DemoSessionAdapter } from './index.js';
import { LiveSimulation } from './live.js';
import { makeLiveSession } from './live-sessions.js';
import { corrupt, isMalformed } from './malformed.js';
import { malformedLiveChange } from './malformed-live.js';
import { RecordingMedia } from './media.js';
import { phrasebookFor } from './plan.js';
import { hashSeed } from './prng.js';

const MAX_SESSIONS = 200_000;

/** Calls that may throw synchronously under `syncThrowRate` (subscribe has its own tests). */
const SYNC_THROWING = [
  'listSessions', 'getSession', 'getTranscripts', 'routingTargets', 'reroute', 'addNote', 'contactClient', 'listContactTemplates', 'banClient', 'unbanClient', 'recordingSource',
] as const;

function notFound(what: string, id: string): SessionViewError {
  return new SessionViewError('not-found', `Demo adapter: ${what} "${id}" does not exist`);
}

export class DemoAdapter implements DemoSessionAdapter {
  readonly capabilities: Capabilities;
  readonly viewer: Viewer;
  readonly sla: SlaThresholds | undefined;
  readonly seed: number;
  readonly now: number;
  private readonly backend: DemoBackend;
  private readonly simulation: LiveSimulation;
  private readonly faults: Faults;
  private readonly media = new RecordingMedia();
  private readonly idempotent = new Map<string, Promise<unknown>>();
  private readonly preferences = new Map<string, unknown>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private ticks = 0;
  private noteCounter = 0;

  constructor(private readonly options: DemoAdapterOptions) {
    this.seed = options.seed ?? 1;
    const sessions = Math.max(0, Math.min(MAX_SESSIONS, Math.floor(options.sessions ?? 10_000)));
    const liveSessions = options.liveSessions ?? Math.min(36, Math.max(3, Math.round(sessions / 250)));
    this.now = options.now ?? Date.now();
    this.viewer = { id: 'op-01', name: 'Jana Nováková', role: 'admin', timeZone: 'Europe/Prague', locale: 'cs-CZ', ...options.viewer };
    const live = options.live ?? true;
    this.sla = options.sla === null ? undefined : (options.sla ?? { warnSeconds: 60, breachSeconds: 120 });
    this.capabilities = { ...NO_CAPABILITIES, ...{ live, notes: true, reroute: true, contactClient: true, contactTemplates: true, ban: true, unban: true, recordings: true, downloadRecordings: true }, ...options.capabilities };
    this.backend = new DemoBackend({ seed: this.seed, sessions, liveSessions, now: this.now, outOfOrder: options.outOfOrder ?? false });
    this.simulation = new LiveSimulation(this.backend, liveSessions);
    this.faults = new Faults(options, this.seed);
    // Own properties in front of the prototype's methods: a call may throw before any promise exists.
    for (const name of SYNC_THROWING) {
      const method = DemoAdapter.prototype[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(this, name, {
        configurable: true,
        writable: true,
        value: (...args: unknown[]) => {
          this.faults.throwSynchronously(name);
          return method.apply(this, args);
        },
      });
    }
  }

  /** Changes the injected faults from now on (`{ errorRate: undefined }` switches one off). */
  setFaults(patch: FaultOptions): void {
    this.faults.update(patch);
  }

  /** Delivers every live change still buffered or held back (out-of-order mode), at once. */
  drainLive(): void {
    this.backend.drain();
  }

  /** Virtual time with a fixed `now` (deterministic tests), wall-clock time otherwise. */
  private clock(): number {
    return this.options.now !== undefined ? this.now + this.ticks * (this.options.liveIntervalMs ?? 2000) : Date.now();
  }

  private session(id: string): SessionSummary {
    const session = this.backend.records.get(id);
    if (!session) throw notFound('session', id);
    return session;
  }

  private present(session: SessionSummary): SessionSummary {
    return isMalformed(this.seed, session.id, this.options.malformedRate ?? 0) ? corrupt(this.seed, session) : session;
  }

  async listSessions(request: ListSessionsRequest, signal: AbortSignal): Promise<SessionPage> {
    await this.faults.gate('listSessions', signal);
    const limit = Math.min(request.limit > 0 ? request.limit : 100, this.options.pageSize ?? Infinity);
    const slice = this.backend.records.page(request.mode, request.cursor, limit);
    const sessions = slice.sessions.map((s) => this.present(s));
    if (this.options.duplicateIds && slice.previous) sessions.unshift(this.present(slice.previous));
    const page: SessionPage = { sessions, total: slice.total };
    if (slice.nextCursor) page.nextCursor = slice.nextCursor;
    return page;
  }

  async getSession(id: string, signal: AbortSignal): Promise<DetailedSessionInput> {
    await this.faults.gate('getSession', signal);
    const detail = this.backend.detail(id);
    if (!detail) throw notFound('session', id);
    return isMalformed(this.seed, id, this.options.malformedRate ?? 0) ? corrupt(this.seed, detail) : detail;
  }

  async getTranscripts(ids: readonly string[], signal: AbortSignal): Promise<Record<string, Message[]>> {
    await this.faults.gate('getTranscripts', signal);
    const result: Record<string, Message[]> = {};
    let sliceStart = performance.now();
    for (const id of ids) {
      const session = this.backend.records.get(id);
      if (session) result[id] = this.backend.transcript(session);
      // Give the page (and abort) a chance every ~30 ms: 100k transcripts take a while.
      if (performance.now() - sliceStart > 30) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        throwIfAborted(signal);
        sliceStart = performance.now();
      }
    }
    return result;
  }

  subscribe(onChange: (change: LiveChange) => void): () => void {
    let subscribed = true;
    const unsubscribeBackend = this.backend.subscribe((change) => {
      if (!subscribed) return;
      if (this.faults.malformedLive()) onChange(malformedLiveChange(change, this.faults.next()) as LiveChange);
      onChange(change);
    });
    if (this.capabilities.live && this.timer === undefined) {
      this.timer = setInterval(() => this.tick(), this.options.liveIntervalMs ?? 2000);
    }
    return () => {
      if (!subscribed) return;
      subscribed = false;
      unsubscribeBackend();
      if (this.backend.subscriberCount === 0) this.stopTimer();
    };
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  async routingTargets(signal: AbortSignal): Promise<RoutingTarget[]> {
    await this.faults.gate('routingTargets', signal);
    return this.backend.routingTargets();
  }

  reroute(sessionId: string, target: { kind: RerouteTargetKind; id: string }, options: RerouteOptions): Promise<void> {
    return this.once(`reroute:${options.idempotencyKey}`, () => this.applyReroute(sessionId, target));
  }

  /** Runs a mutation once per idempotency key; calls without a key always run. */
  private once<T>(key: string | undefined, run: () => Promise<T>): Promise<T> {
    if (key === undefined) return run();
    const existing = this.idempotent.get(key) as Promise<T> | undefined;
    if (existing) return existing;
    const attempt = run();
    this.idempotent.set(key, attempt);
    // A failed attempt had no effect, so a retry with the same key must be allowed to run.
    attempt.catch(() => this.idempotent.delete(key));
    return attempt;
  }

  private async applyReroute(sessionId: string, target: { kind: RerouteTargetKind; id: string }): Promise<void> {
    await this.faults.gate('reroute');
    this.faults.refuseMutation('reroute');
    const session = this.session(sessionId);
    if (session.state === 'ended') throw new SessionViewError('forbidden', `Demo adapter: session "${sessionId}" has ended and cannot be re-routed`);
    const found = this.backend.routingTargets().find((t) => t.kind === target.kind && t.id === target.id);
    if (!found) throw notFound(target.kind, target.id);
    const at = this.clock();
    const to: RoutingTargetRef = { kind: found.kind, id: found.id, name: found.name };
    const current = session.operators[session.operators.length - 1];
    const from: RoutingTargetRef | undefined = current ? { kind: 'operator', ...current } : session.group ? { kind: 'group', ...session.group } : undefined;
    const by = { id: this.viewer.id, name: this.viewer.name };
    this.backend.materialize(sessionId).routing.push({ id: `${sessionId}-rr-${hashSeed(at, sessionId + target.id)}`, kind: 'rerouted', at, target: to, from, by, status: 'done' });
    const ref = { id: found.id, name: found.name };
    this.backend.update(
      found.kind === 'operator'
        ? { ...session, state: 'active', acceptedAt: session.acceptedAt ?? at, operators: [...session.operators.filter((op) => op.id !== found.id), ref] }
        : { ...session, state: 'waiting', group: ref, operators: session.operators },
    );
    const book = phrasebookFor(session.language);
    this.backend.appendMessage(sessionId, { at, sender: 'system', systemEvent: 'rerouted', text: book.system.rerouted.replace('{target}', found.name) });
  }

  addNote(sessionId: string, text: string, options?: MutationOptions): Promise<Note> {
    return this.once(options && `note:${options.idempotencyKey}`, () => this.applyNote(sessionId, text));
  }

  private async applyNote(sessionId: string, text: string): Promise<Note> {
    await this.faults.gate('addNote');
    this.faults.refuseMutation('addNote');
    const session = this.session(sessionId);
    if (text.trim() === '') throw new SessionViewError('invalid-data', 'Demo adapter: a note needs some text');
    const note: Note = { id: `${sessionId}-note-${++this.noteCounter}`, at: this.clock(), authorId: this.viewer.id, authorName: this.viewer.name, text };
    this.backend.materialize(sessionId).notes.push(note);
    this.backend.update({ ...session, noteCount: session.noteCount + 1 });
    return note;
  }

  contactClient(sessionId: string, options?: ContactOptions): Promise<{ sessionId: string }> {
    return this.once(options && `contact:${options.idempotencyKey}`, () => this.applyContact(sessionId, options?.templateId));
  }

  async listContactTemplates(sessionId: string, signal: AbortSignal): Promise<ContactTemplate[]> {
    await this.faults.gate('listContactTemplates', signal);
    return demoContactTemplates(this.session(sessionId).language);
  }

  private async applyContact(sessionId: string, templateId: string | undefined): Promise<{ sessionId: string }> {
    await this.faults.gate('contactClient');
    this.faults.refuseMutation('contactClient');
    const session = this.session(sessionId);
    if (session.state !== 'ended' || !CONTACTABLE_CHANNELS.includes(session.channel)) {
      throw new SessionViewError('forbidden', `Demo adapter: only ended ${CONTACTABLE_CHANNELS.join('/')} sessions can be re-opened`);
    }
    if (this.backend.banOf(session)) throw new SessionViewError('forbidden', 'Demo adapter: the client is banned');
    const at = this.clock();
    const template = templateForContact(session.channel, this.backend.transcript(session), at, session.language, templateId);
    const operator = { id: this.viewer.id, name: this.viewer.name };
    const made = makeLiveSession({
      seed: this.seed, index: this.backend.takeIndex(), now: at, clients: this.backend.clients, state: 'active', fresh: true,
      channel: session.channel, client: session.client, language: session.language, operator,
    });
    const opened: SessionSummary = { ...made.session, acceptedAt: at, messageCount: 0, lastMessageAt: undefined, lastMessagePreview: undefined, version: 0 };
    this.backend.adopt(opened, []);
    this.backend.update(opened);
    const book = phrasebookFor(session.language);
    this.backend.appendMessage(opened.id, { at, sender: 'operator', authorId: operator.id, authorName: operator.name, text: template?.text ?? book.operatorGreetings[0]!.replace('{operator}', operator.name) });
    return { sessionId: opened.id };
  }

  async banClient(sessionId: string, options: BanOptions): Promise<Ban> {
    await this.faults.gate('banClient');
    this.faults.refuseMutation('banClient');
    const session = this.session(sessionId);
    const ban: Ban = { reason: options.reason, at: this.clock(), by: { id: this.viewer.id, name: this.viewer.name } };
    if (options.until !== undefined) ban.until = options.until;
    this.backend.setBan(session, ban);
    this.backend.update({ ...session });
    return ban;
  }

  async unbanClient(sessionId: string): Promise<void> {
    await this.faults.gate('unbanClient');
    this.faults.refuseMutation('unbanClient');
    const session = this.session(sessionId);
    this.backend.setBan(session, undefined);
    this.backend.update({ ...session });
  }

  async recordingSource(recordingId: string, trackId: string, signal: AbortSignal): Promise<RecordingSource> {
    await this.faults.gate('recordingSource', signal);
    const session = this.backend.records.get(sessionIdOfRecording(recordingId) ?? '');
    const recording = session && this.backend.recordings(session).find((r) => r.id === recordingId);
    const track = recording?.tracks.find((t) => t.id === trackId);
    if (!track) throw notFound('recording track', `${recordingId}/${trackId}`);
    const ttl = this.options.recordingUrlTtlMs;
    const source: RecordingSource = await this.media.source(track, hashSeed(this.seed, track.id), ttl !== undefined);
    throwIfAborted(signal);
    if (ttl !== undefined) source.expiresAt = Date.now() + ttl;
    return source;
  }

  async loadPreference(key: string): Promise<unknown> {
    return this.preferences.has(key) ? structuredClone(this.preferences.get(key)) : undefined;
  }

  async savePreference(key: string, value: unknown): Promise<void> {
    this.preferences.set(key, structuredClone(value));
  }

  tick(): void {
    this.ticks++;
    this.simulation.tick(this.clock());
  }

  dispose(): void {
    this.stopTimer();
    this.media.dispose();
  }
}
