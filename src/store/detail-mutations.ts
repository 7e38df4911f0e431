/**
 * The mutations on session details: one adapter call per user intent, optimistic where the user
 * should see the result at once (a note, a re-route step), rolled back with a typed error when the
 * host refuses, retried with the same idempotency key. Loaded with the detail cache
 * (detail-cache.ts), whose entries it updates.
 */
import { SessionViewError, type BanOptions, type SessionAdapter } from '../adapter/index.js';
import { validateContactTemplate, validateRoutingTarget } from '../adapter/validate.js';
import { can, type Ban, type ContactTemplate, type DetailedSession, type Note, type RecordingSource, type RoutingTarget } from '../model/index.js';
import type { DetailEntry, DetailHost } from './detail-cache.js';
import { newIdempotencyKey } from './idempotency-key.js';
import type { IntentKind, PendingIntents } from './pending-intents.js';
import { callAdapter } from './request.js';

/** What the mutations need of the detail cache. */
export interface MutableDetails {
  update(id: string, change: (detail: DetailedSession) => DetailedSession): void;
  load(id: string, options: { force: boolean }): Promise<DetailEntry>;
}

export class DetailMutations {
  /** The key of a mutation that failed, reused when the user retries the same intent. */
  private readonly retryKeys = new Map<string, string>();

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly host: DetailHost,
    /** The store's record of mutations in flight (it outlives the elements). */
    private readonly intents: PendingIntents,
    private readonly details: MutableDetails,
  ) {}

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
    this.details.load(sessionId, { force: true }).catch(() => undefined);
    return true;
  }

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
      this.details.update(sessionId, (d) => ({ ...d, notes: [...d.notes, pending] }));
      try {
        const note = await call((options) => this.adapter.addNote!(sessionId, text, options));
        const saved: Note = note && typeof note === 'object' && typeof note.id === 'string' ? note : { ...pending, id: `note-${Date.now()}` };
        this.details.update(sessionId, (d) => ({ ...d, notes: d.notes.map((n) => (n.id === pending.id ? saved : n)) }));
        return saved;
      } catch (error) {
        this.details.update(sessionId, (d) => ({ ...d, notes: d.notes.filter((n) => n.id !== pending.id) }));
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
      this.details.update(sessionId, (d) => ({
        ...d,
        routing: [
          ...d.routing,
          { id: stepId, kind: 'rerouted', at: Date.now(), target: { id: target.id, name: target.name, kind: target.kind }, by: { id: viewer.id, name: viewer.name }, status: 'pending' },
        ],
      }));
      try {
        await call((options) => this.adapter.reroute!(sessionId, { kind: target.kind, id: target.id }, options));
        this.details.update(sessionId, (d) => ({ ...d, routing: d.routing.map((s) => (s.id === stepId ? { ...s, status: 'done' } : s)) }));
      } catch (error) {
        this.details.update(sessionId, (d) => ({ ...d, routing: d.routing.filter((s) => s.id !== stepId) }));
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
    this.details.update(sessionId, (d) => ({ ...d, ban: applied }));
    return applied;
  }

  async unban(sessionId: string): Promise<void> {
    this.requireAllowed('unban');
    await this.mutate({ sessionId, kind: 'unban', retry: '', subject: '' }, (call) => call((options) => this.adapter.unbanClient!(sessionId, options)));
    this.details.update(sessionId, (d) => ({ ...d, ban: undefined }));
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
