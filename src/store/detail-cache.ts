/**
 * Session details, loaded on demand and cached, with live messages appended to cached ones — the
 * code behind `DetailStore` (detail-store.ts), with the mutations on them (detail-mutations.ts).
 * Loaded with the validation of host records (validated-intake.ts), whose checks it applies to
 * every detail and message it takes in.
 */
import { SessionViewError, toSessionViewError, type LiveChange, type SessionAdapter } from '../adapter/index.js';
import { validateDetail, validateMessage } from '../adapter/validate.js';
import type { Capabilities, DetailedSession, Message, Note, RoutingTarget, SessionSummary, Viewer } from '../model/index.js';
import { callAdapter } from './request.js';

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

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly host: DetailHost,
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

  /** Replaces a cached detail with `change` of it (the mutations' optimistic steps). */
  update(id: string, change: (detail: DetailedSession) => DetailedSession): void {
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
}
