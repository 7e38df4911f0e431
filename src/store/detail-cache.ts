/**
 * Session details and the mutations on them — the code behind `DetailStore` (detail-store.ts),
 * loaded with the validation of host records (validated-intake.ts), whose checks it applies to
 * every detail, message, template and routing target it takes in. Details are loaded on demand and cached; live
 * messages are appended to cached details; each mutation is one adapter call per user intent,
 * optimistic where the user should see the result at once, and rolled back with a typed error
 * when the host refuses.
 */
import {
  SessionViewError,
  toSessionViewError,
  type BanOptions,
  type LiveChange,
  type SessionAdapter,
} from '../adapter/index.js';
import {
  can,
  type Ban,
  type Capabilities,
  type ContactTemplate,
  type Message,
  type Note,
  type RecordingSource,
  type RoutingTarget,
  type DetailedSession,
  type SessionSummary,
  type Viewer,
} from '../model/index.js';
import type { IntentKind, PendingIntents } from './pending-intents.js';
import { callAdapter } from './request.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { validateContactTemplate, validateDetail, validateMessage, validateRoutingTarget } from '../adapter/validate.js';

export interface DetailEntry {
  status: 'loading' | 'ready' | 'error';
  detail?: DetailedSession;
  error?: SessionViewError;
  /** Parts of the record that failed validation and were left out. */
  problems: string[];
}

/** What the detail store needs of its session store: nothing more. */
export interface DetailHost {
  readonly viewer: Viewer;
  readonly capabilities: Capabilities;
  readonly requestTimeoutMs: number;
  session(id: string): SessionSummary | undefined;
  select(id: string | undefined): void;
  /** The cached entries changed (a new map each time: entries are replaced, never mutated). */
  entriesChanged(entries: ReadonlyMap<string, DetailEntry>): void;
  /** Routing targets were loaded. */
  targetsLoaded(targets: readonly RoutingTarget[]): void;
}

/** A shared request for one session's detail, cancelled only when every caller gave up. */
interface InflightLoad {
  promise: Promise<DetailEntry>;
  controller: AbortController;
  waiters: number;
}

/** Details kept in memory; older ones are dropped (a shift opens hundreds of sessions). */
const MAX_CACHED_DETAILS = 200;
const BATCH_CONCURRENCY = 6;

export class DetailCache {
  private readonly entries = new Map<string, DetailEntry>();
  private readonly inflight = new Map<string, InflightLoad>();
  /** The key of a mutation that failed, reused when the user retries the same intent. */
  private readonly retryKeys = new Map<string, string>();
  constructor(
    private readonly adapter: SessionAdapter,
    private readonly host: DetailHost,
    /** The store's record of mutations in flight (it outlives this cache's loading). */
    private readonly intents: PendingIntents,
  ) {}

  /** The cached entry, if any (no request). */
  get(id: string): DetailEntry | undefined {
    return this.entries.get(id);
  }

  /**
   * Loads (or returns the cached) detail of one session. Concurrent callers share one request,
   * which is aborted only when all of them abort; `force` replaces a request in flight.
   */
  load(id: string, options: { signal?: AbortSignal; force?: boolean } = {}): Promise<DetailEntry> {
    // Cancelled already (an export's preview stopped mid-batch): no request, whose own rejection
    // nobody would wait for.
    if (options.signal?.aborted) return Promise.reject(new SessionViewError('aborted', 'The request was cancelled.'));
    const cached = this.entries.get(id);
    if (!options.force && cached?.status === 'ready') return Promise.resolve(cached);
    let load = this.inflight.get(id);
    // An aborted request (its element unmounted) is still settling: joining it would end in its
    // abort and leave the entry loading for good. A new caller starts a new request.
    if (load && (options.force || load.controller.signal.aborted)) {
      load.controller.abort();
      load = undefined;
    }
    if (!load) {
      const controller = new AbortController();
      this.set(id, { status: 'loading', problems: [], detail: cached?.detail });
      const created: InflightLoad = { controller, waiters: 0, promise: Promise.resolve(undefined as never) };
      created.promise = this.fetch(id, controller.signal).finally(() => {
        if (this.inflight.get(id) === created) this.inflight.delete(id);
      });
      this.inflight.set(id, created);
      load = created;
    }
    return this.wait(load, options.signal);
  }

  private wait(load: InflightLoad, signal: AbortSignal | undefined): Promise<DetailEntry> {
    load.waiters += 1;
    if (!signal) return load.promise;
    if (signal.aborted) {
      this.leave(load);
      return Promise.reject(new SessionViewError('aborted', 'The request was cancelled.'));
    }
    return new Promise<DetailEntry>((resolve, reject) => {
      const onAbort = () => {
        this.leave(load);
        reject(new SessionViewError('aborted', 'The request was cancelled.'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      load.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private leave(load: InflightLoad): void {
    load.waiters -= 1;
    if (load.waiters <= 0) load.controller.abort();
  }

  private async fetch(id: string, signal: AbortSignal): Promise<DetailEntry> {
    try {
      const raw = await callAdapter((s) => this.adapter.getSession(id, s), {
        signal,
        timeoutMs: this.host.requestTimeoutMs,
      });
      const { detail, problems } = validateDetail(raw);
      if (problems.length > 0) {
        console.warn(`[session-view] Session "${id}" has parts that could not be read:`, problems.join('; '));
      }
      const entry: DetailEntry = detail
        ? { status: 'ready', detail, problems }
        : { status: 'error', problems, error: new SessionViewError('invalid-data', problems.join('; ')) };
      return signal.aborted ? entry : this.set(id, entry);
    } catch (error) {
      const typed = toSessionViewError(error);
      if (typed.kind === 'aborted' || signal.aborted) {
        // Only the request that owns the entry may clear it (it is still the one in flight until
        // its `finally`): a newer one may be loading.
        const owner = this.inflight.get(id);
        if (this.entries.get(id)?.status === 'loading' && (!owner || owner.controller.signal === signal)) {
          this.entries.delete(id);
          this.host.entriesChanged(new Map(this.entries));
        }
        throw typed.kind === 'aborted' ? typed : new SessionViewError('aborted', 'The request was cancelled.');
      }
      return this.set(id, { status: 'error', error: typed, problems: [] });
    }
  }

  /**
   * Messages and notes of many sessions, for exports: cached details first, then the host's
   * batch `getTranscripts`, and `getSession` (a few at a time) for sessions with notes or
   * when the host has no batch call. Records are validated like every other host data.
   */
  async loadBatch(ids: readonly string[], signal: AbortSignal): Promise<Map<string, { messages: Message[]; notes: Note[] }>> {
    const result = new Map<string, { messages: Message[]; notes: Note[] }>();
    const missing: string[] = [];
    for (const id of ids) {
      const detail = this.entries.get(id)?.detail;
      if (detail) result.set(id, { messages: detail.messages, notes: detail.notes });
      else missing.push(id);
    }
    const adapter = this.adapter;
    const needDetail: string[] = [];
    if (adapter.getTranscripts && missing.length > 0) {
      const transcripts = await callAdapter((s) => adapter.getTranscripts!(missing, s), { signal, timeoutMs: this.host.requestTimeoutMs });
      for (const id of missing) {
        const messages = (Array.isArray(transcripts?.[id]) ? transcripts[id] : []).flatMap((raw, index) => {
          const checked = validateMessage(raw, `${id}.messages[${index}]`);
          return checked.ok ? [checked.value] : [];
        });
        result.set(id, { messages, notes: [] });
        if ((this.host.session(id)?.noteCount ?? 0) > 0) needDetail.push(id);
      }
    } else needDetail.push(...missing);
    for (let start = 0; start < needDetail.length && !signal.aborted; start += BATCH_CONCURRENCY) {
      const chunk = needDetail.slice(start, start + BATCH_CONCURRENCY);
      const entries = await Promise.all(chunk.map((id) => this.load(id, { signal }).catch(() => undefined)));
      chunk.forEach((id, index) => {
        const detail = entries[index]?.detail;
        if (detail) result.set(id, { messages: detail.messages, notes: detail.notes });
      });
    }
    return result;
  }

  private set(id: string, entry: DetailEntry): DetailEntry {
    this.entries.delete(id);
    this.entries.set(id, entry);
    if (this.entries.size > MAX_CACHED_DETAILS) {
      // Maps iterate in insertion order: the first key is the least recently stored.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined && oldest !== id && !this.inflight.has(oldest)) this.entries.delete(oldest);
    }
    this.host.entriesChanged(new Map(this.entries));
    return entry;
  }

  /** The same key for a retry of the same intent; a fresh one otherwise. Forgotten on success. */
  private intentKey(intent: string): string {
    let key = this.retryKeys.get(intent);
    if (!key) {
      key = newIdempotencyKey();
      this.retryKeys.set(intent, key);
    }
    return key;
  }

  /**
   * Runs one mutation as the session's intent of `kind`: while one is in flight, a second start
   * gets the first one's promise (no second call, no second optimistic change). The key is the
   * one `retry` identifies (kept until a success), or `key` when the caller owns it. The user may
   * abandon the intent (`intents.abandon`): its signal aborts the call, the key stays.
   */
  private mutate<T>(
    intent: { sessionId: string; kind: IntentKind; retry: string; subject: string; subjectName?: string; key?: string },
    run: (call: <R>(adapterCall: (options: { idempotencyKey: string; signal: AbortSignal }) => Promise<R>) => Promise<R>) => Promise<T>,
  ): Promise<T> {
    const running = this.intents.get(intent.sessionId, intent.kind);
    if (running?.status === 'pending') return running.done as Promise<T>;
    const retry = `${intent.kind}\u0000${intent.sessionId}\u0000${intent.retry}`;
    const idempotencyKey = intent.key ?? this.intentKey(retry);
    const { sessionId, kind, subject, subjectName } = intent;
    return this.intents.run({ sessionId, kind, subject, subjectName: subjectName ?? subject, key: idempotencyKey }, async (signal) => {
      try {
        const result = await run((adapterCall) =>
          callAdapter((callSignal) => adapterCall({ idempotencyKey, signal: callSignal }), { signal, timeoutMs: this.host.requestTimeoutMs }),
        );
        this.retryKeys.delete(retry);
        return result;
      } catch (error) {
        // The session changed under the user: the next try is a new intent on the new state.
        if (this.reloadOnConflict(sessionId, error)) this.retryKeys.delete(retry);
        throw error;
      }
    });
  }

  /**
   * A 409 means the session changed under the user: what they acted on is stale, so its detail
   * is loaded again (a plain retry of the same call would act on the old state). True on conflict.
   */
  private reloadOnConflict(sessionId: string, error: unknown): boolean {
    if ((error as SessionViewError | undefined)?.kind !== 'conflict') return false;
    this.load(sessionId, { force: true }).catch(() => undefined);
    return true;
  }

  private update(id: string, change: (detail: DetailedSession) => DetailedSession): void {
    const entry = this.entries.get(id);
    if (!entry?.detail) return;
    const detail = change(entry.detail);
    if (detail !== entry.detail) this.set(id, { ...entry, detail });
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
      const summary = this.host.session(change.id);
      if (summary) this.update(change.id, (detail) => ({ ...detail, ...summary }));
    }
  }

  // ---- mutations -------------------------------------------------------------------------

  private requireAllowed(action: Parameters<typeof can>[2]): void {
    if (!can(this.host.viewer, this.host.capabilities, action)) {
      throw new SessionViewError('forbidden', `The viewer may not ${action}.`);
    }
  }

  /** Adds a note optimistically; on refusal the note disappears again and the error is thrown. */
  addNote(sessionId: string, text: string): Promise<Note> {
    this.requireAllowed('addNote');
    return this.mutate({ sessionId, kind: 'note', retry: text, subject: text }, async (call) => {
      const viewer = this.host.viewer;
      const pending: Note = { id: `pending-${newIdempotencyKey()}`, at: Date.now(), authorId: viewer.id, authorName: viewer.name, text };
      this.update(sessionId, (d) => ({ ...d, notes: [...d.notes, pending] }));
      try {
        const note = await call((options) => this.adapter.addNote!(sessionId, text, options));
        const saved: Note = note && typeof note === 'object' && typeof note.id === 'string' ? note : { ...pending, id: `note-${Date.now()}` };
        this.update(sessionId, (d) => ({ ...d, notes: d.notes.map((n) => (n.id === pending.id ? saved : n)) }));
        return saved;
      } catch (error) {
        this.update(sessionId, (d) => ({ ...d, notes: d.notes.filter((n) => n.id !== pending.id) }));
        throw error;
      }
    });
  }

  /**
   * Re-routes a live session; the pending step shows at once and is replaced or removed. The
   * key is the caller's (the `sv-reroute-request` event announced it) or the one kept for a
   * retry of the same target.
   */
  reroute(sessionId: string, target: RoutingTarget, idempotencyKey?: string): Promise<void> {
    this.requireAllowed('reroute');
    const intent = { sessionId, kind: 'reroute' as const, retry: target.id, subject: target.id, subjectName: target.name, key: idempotencyKey };
    return this.mutate(intent, async (call) => {
      const viewer = this.host.viewer;
      const stepId = `pending-${newIdempotencyKey()}`;
      this.update(sessionId, (d) => ({
        ...d,
        routing: [
          ...d.routing,
          { id: stepId, kind: 'rerouted', at: Date.now(), target: { id: target.id, name: target.name, kind: target.kind }, by: { id: viewer.id, name: viewer.name }, status: 'pending' },
        ],
      }));
      try {
        await call((options) => this.adapter.reroute!(sessionId, { kind: target.kind, id: target.id }, options));
        this.update(sessionId, (d) => ({ ...d, routing: d.routing.map((s) => (s.id === stepId ? { ...s, status: 'done' } : s)) }));
      } catch (error) {
        this.update(sessionId, (d) => ({ ...d, routing: d.routing.filter((s) => s.id !== stepId) }));
        throw error;
      }
    });
  }

  /**
   * Starts a new conversation with the client of an ended messaging session, with the approved
   * template the user chose when the channel needs one. Resolves to the new session's id; the
   * selection stays (the user reads the success and opens the new session when they choose).
   */
  async contactClient(sessionId: string, templateId?: string): Promise<string> {
    this.requireAllowed('contactClient');
    const intent = { sessionId, kind: 'contact' as const, retry: templateId ?? '', subject: templateId ?? '' };
    const result = await this.mutate(intent, (call) =>
      call((options) => this.adapter.contactClient!(sessionId, templateId === undefined ? options : { ...options, templateId })),
    );
    if (!result || typeof result.sessionId !== 'string' || result.sessionId === '') {
      throw new SessionViewError('invalid-data', 'contactClient must resolve to { sessionId }.');
    }
    return result.sessionId;
  }

  /**
   * The host's approved templates for contacting this session's client (validated: an invalid
   * one is reported and left out, the rest offered). Empty when the host lists none.
   */
  async contactTemplates(sessionId: string, signal?: AbortSignal): Promise<ContactTemplate[]> {
    if (!this.host.capabilities.contactTemplates) return [];
    const raw = await callAdapter((s) => this.adapter.listContactTemplates!(sessionId, s), { signal, timeoutMs: this.host.requestTimeoutMs });
    if (!Array.isArray(raw)) throw new SessionViewError('invalid-data', 'listContactTemplates must resolve to an array.');
    const templates: ContactTemplate[] = [];
    const seen = new Set<string>();
    for (const item of raw) {
      const result = validateContactTemplate(item);
      if (!result.ok) console.warn('[session-view] Invalid contact template:', result.problems.join('; '));
      else if (!seen.has(result.value.id)) {
        seen.add(result.value.id);
        templates.push(result.value);
      }
    }
    return templates;
  }

  async ban(sessionId: string, options: BanOptions): Promise<Ban> {
    this.requireAllowed('ban');
    const intent = { sessionId, kind: 'ban' as const, retry: `${options.reason}\u0000${options.until ?? ''}`, subject: options.reason };
    const ban = await this.mutate(intent, (call) => call((extra) => this.adapter.banClient!(sessionId, { ...options, ...extra })));
    const applied: Ban = ban && typeof ban === 'object' ? ban : { ...options, at: Date.now() };
    this.update(sessionId, (d) => ({ ...d, ban: applied }));
    return applied;
  }

  async unban(sessionId: string): Promise<void> {
    this.requireAllowed('unban');
    await this.mutate({ sessionId, kind: 'unban', retry: '', subject: '' }, (call) => call((options) => this.adapter.unbanClient!(sessionId, options)));
    this.update(sessionId, (d) => ({ ...d, ban: undefined }));
  }

  /** Operators and groups with availability; also kept live in `store.targets`. */
  async loadTargets(signal?: AbortSignal): Promise<RoutingTarget[]> {
    const raw = await callAdapter((s) => this.adapter.routingTargets!(s), { signal, timeoutMs: this.host.requestTimeoutMs });
    const targets: RoutingTarget[] = [];
    for (const item of Array.isArray(raw) ? raw : []) {
      const result = validateRoutingTarget(item);
      if (result.ok) targets.push(result.value);
      else console.warn('[session-view] Invalid routing target:', result.problems.join('; '));
    }
    this.host.targetsLoaded(targets);
    return targets;
  }

  /** A playable URL for a recording track (asked again when a signed URL expires). */
  recordingSource(recordingId: string, trackId: string, signal?: AbortSignal): Promise<RecordingSource> {
    if (!this.host.capabilities.recordings) {
      return Promise.reject(new SessionViewError('forbidden', 'The host does not provide recordings.'));
    }
    return callAdapter((s) => this.adapter.recordingSource!(recordingId, trackId, s), {
      signal,
      timeoutMs: this.host.requestTimeoutMs,
    });
  }
}
