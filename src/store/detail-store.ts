/**
 * Session details and the mutations on them. Details are loaded on demand and cached; live
 * messages are appended to cached details; each mutation is one adapter call per user intent,
 * optimistic where the user should see the result at once, and rolled back with a typed error
 * when the host refuses.
 */
import {
  SessionViewError,
  validateDetail,
  validateRoutingTarget,
  type BanOptions,
  type LiveChange,
} from '../adapter/index.js';
import { can, type Ban, type Message, type Note, type RecordingSource, type RoutingTarget, type SessionDetail } from '../model/index.js';
import { callAdapter } from './request.js';
import type { SessionStore } from './session-store.js';

export interface DetailEntry {
  status: 'loading' | 'ready' | 'error';
  detail?: SessionDetail;
  error?: SessionViewError;
  /** Parts of the record that failed validation and were left out. */
  problems: string[];
}

let keySequence = 0;
/** A key unique to one user intent, so a retried call cannot act twice. */
export function newIdempotencyKey(): string {
  keySequence += 1;
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `sv-${random}-${keySequence}`;
}

export class DetailStore {
  private readonly entries = new Map<string, DetailEntry>();
  private readonly inflight = new Map<string, Promise<DetailEntry>>();

  constructor(private readonly store: SessionStore) {}

  /** The cached entry, if any (no request). */
  get(id: string): DetailEntry | undefined {
    return this.entries.get(id);
  }

  /** Loads (or returns the cached) detail of one session. Concurrent calls share one request. */
  load(id: string, options: { signal?: AbortSignal; force?: boolean } = {}): Promise<DetailEntry> {
    const cached = this.entries.get(id);
    if (!options.force && cached?.status === 'ready') return Promise.resolve(cached);
    const running = this.inflight.get(id);
    if (running && !options.force) return running;
    this.set(id, { status: 'loading', problems: [], detail: cached?.detail });
    const request = this.fetch(id, options.signal).finally(() => this.inflight.delete(id));
    this.inflight.set(id, request);
    return request;
  }

  private async fetch(id: string, signal: AbortSignal | undefined): Promise<DetailEntry> {
    try {
      const raw = await callAdapter((s) => this.store.adapter.getSession(id, s), {
        signal,
        timeoutMs: this.store.requestTimeoutMs,
      });
      const { detail, problems } = validateDetail(raw);
      if (problems.length > 0) {
        console.warn(`[session-view] Session "${id}" has parts that could not be read:`, problems.join('; '));
      }
      const entry: DetailEntry = detail
        ? { status: 'ready', detail, problems }
        : { status: 'error', problems, error: new SessionViewError('invalid-data', problems.join('; ')) };
      return this.set(id, entry);
    } catch (error) {
      const typed = error as SessionViewError;
      if (typed.kind === 'aborted') {
        this.entries.delete(id);
        throw typed;
      }
      return this.set(id, { status: 'error', error: typed, problems: [] });
    }
  }

  private set(id: string, entry: DetailEntry): DetailEntry {
    this.entries.set(id, entry);
    this.store.notify();
    return entry;
  }

  private update(id: string, change: (detail: SessionDetail) => SessionDetail): void {
    const entry = this.entries.get(id);
    if (entry?.detail) this.set(id, { ...entry, detail: change(entry.detail) });
  }

  /** Called by the store's frame flush with the live messages of this frame. */
  applyLive(appended: Map<string, Message[]>, changes: readonly LiveChange[]): void {
    for (const [id, messages] of appended) {
      this.update(id, (detail) => {
        const known = new Set(detail.messages.map((m) => m.id));
        const fresh = messages.filter((m) => !known.has(m.id));
        return fresh.length === 0 ? detail : { ...detail, messages: [...detail.messages, ...fresh] };
      });
    }
    for (const change of changes) {
      if (change.type !== 'session-upserted' && change.type !== 'session-ended') continue;
      const summary = this.store.session(change.id);
      if (summary) this.update(change.id, (detail) => ({ ...detail, ...summary }));
    }
  }

  // ---- mutations -------------------------------------------------------------------------

  private requireAllowed(action: Parameters<typeof can>[2]): void {
    if (!can(this.store.viewer, this.store.capabilities, action)) {
      throw new SessionViewError('forbidden', `The viewer may not ${action}.`);
    }
  }

  /** Adds a note optimistically; on refusal the note disappears again and the error is thrown. */
  async addNote(sessionId: string, text: string): Promise<Note> {
    this.requireAllowed('addNote');
    const viewer = this.store.viewer;
    const pending: Note = { id: `pending-${newIdempotencyKey()}`, at: Date.now(), authorId: viewer.id, authorName: viewer.name, text };
    this.update(sessionId, (d) => ({ ...d, notes: [...d.notes, pending] }));
    try {
      const note = await callAdapter(() => this.store.adapter.addNote!(sessionId, text), { timeoutMs: this.store.requestTimeoutMs });
      const saved: Note = note && typeof note === 'object' && typeof note.id === 'string' ? note : { ...pending, id: `note-${Date.now()}` };
      this.update(sessionId, (d) => ({ ...d, notes: d.notes.map((n) => (n.id === pending.id ? saved : n)) }));
      return saved;
    } catch (error) {
      this.update(sessionId, (d) => ({ ...d, notes: d.notes.filter((n) => n.id !== pending.id) }));
      throw error;
    }
  }

  /** Re-routes a live session; the pending step shows at once and is replaced or removed. */
  async reroute(sessionId: string, target: RoutingTarget, idempotencyKey = newIdempotencyKey()): Promise<void> {
    this.requireAllowed('reroute');
    const viewer = this.store.viewer;
    const stepId = `pending-${idempotencyKey}`;
    this.update(sessionId, (d) => ({
      ...d,
      routing: [
        ...d.routing,
        { id: stepId, kind: 'rerouted', at: Date.now(), target: { id: target.id, name: target.name, kind: target.kind }, by: { id: viewer.id, name: viewer.name }, status: 'pending' },
      ],
    }));
    try {
      await callAdapter(() => this.store.adapter.reroute!(sessionId, { kind: target.kind, id: target.id }, { idempotencyKey }), {
        timeoutMs: this.store.requestTimeoutMs,
      });
      this.update(sessionId, (d) => ({ ...d, routing: d.routing.map((s) => (s.id === stepId ? { ...s, status: 'done' } : s)) }));
    } catch (error) {
      this.update(sessionId, (d) => ({ ...d, routing: d.routing.filter((s) => s.id !== stepId) }));
      throw error;
    }
  }

  /** Starts a new conversation with the client of an ended messaging session; selects it. */
  async contactClient(sessionId: string): Promise<string> {
    this.requireAllowed('contactClient');
    const result = await callAdapter(() => this.store.adapter.contactClient!(sessionId), { timeoutMs: this.store.requestTimeoutMs });
    if (!result || typeof result.sessionId !== 'string') {
      throw new SessionViewError('invalid-data', 'contactClient must resolve to { sessionId }.');
    }
    this.store.select(result.sessionId);
    return result.sessionId;
  }

  async ban(sessionId: string, options: BanOptions): Promise<Ban> {
    this.requireAllowed('ban');
    const ban = await callAdapter(() => this.store.adapter.banClient!(sessionId, options), { timeoutMs: this.store.requestTimeoutMs });
    const applied: Ban = ban && typeof ban === 'object' ? ban : { ...options, at: Date.now() };
    this.update(sessionId, (d) => ({ ...d, ban: applied }));
    return applied;
  }

  async unban(sessionId: string): Promise<void> {
    this.requireAllowed('unban');
    await callAdapter(() => this.store.adapter.unbanClient!(sessionId), { timeoutMs: this.store.requestTimeoutMs });
    this.update(sessionId, (d) => ({ ...d, ban: undefined }));
  }

  /** Operators and groups with availability; also kept live in `store.targets`. */
  async loadTargets(signal?: AbortSignal): Promise<RoutingTarget[]> {
    const raw = await callAdapter((s) => this.store.adapter.routingTargets!(s), { signal, timeoutMs: this.store.requestTimeoutMs });
    const targets: RoutingTarget[] = [];
    for (const item of Array.isArray(raw) ? raw : []) {
      const result = validateRoutingTarget(item);
      if (result.ok) targets.push(result.value);
      else console.warn('[session-view] Invalid routing target:', result.problems.join('; '));
    }
    for (const target of targets) this.store.targets.set(target.id, target);
    this.store.notify();
    return targets;
  }

  /** A playable URL for a recording track (asked again when a signed URL expires). */
  recordingSource(recordingId: string, trackId: string, signal?: AbortSignal): Promise<RecordingSource> {
    if (!this.store.capabilities.recordings) {
      return Promise.reject(new SessionViewError('forbidden', 'The host does not provide recordings.'));
    }
    return callAdapter((s) => this.store.adapter.recordingSource!(recordingId, trackId, s), {
      signal,
      timeoutMs: this.store.requestTimeoutMs,
    });
  }
}
