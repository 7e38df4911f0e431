/**
 * `store.details`: session details and the mutations on them. Its code (detail-cache.ts: loading,
 * caching, live appends; detail-mutations.ts: the optimistic mutations) is not in the elements'
 * first paint: it comes with
 * the validation of host records (validated-intake.ts, loaded while the first page is on its way),
 * which it needs for every detail it takes in; `<session-detail>` asks for it as soon as it has a
 * store (`prefetch`). Once loaded, every call goes straight to it, synchronously, as before.
 *
 * Before the code arrives there is nothing cached (`get` gives `undefined`, live changes have
 * nothing to update) and every call waits for it. A failed load of the code is the detail's load
 * failing: an error entry the detail shows with Retry, which loads the code again.
 */
import type { BanOptions, LiveChange, SessionAdapter } from '../adapter/index.js';
import { toSessionViewError } from '../adapter/errors.js';
import { loadOnce } from '../engine/load-once.js';
import type { Ban, ContactTemplate, Message, Note, RecordingSource, RoutingTarget } from '../model/index.js';
import type { DetailCache, DetailEntry, DetailHost } from './detail-cache.js';
import type { DetailMutations } from './detail-mutations.js';
import { PendingIntents } from './pending-intents.js';
import { loadValidation } from './validation.js';

export type { DetailEntry, DetailHost } from './detail-cache.js';
// In its own module so elements can mint keys without loading this store.
export { newIdempotencyKey } from './idempotency-key.js';

type DetailCode = Pick<typeof import('./detail-cache.js'), 'DetailCache'> & Pick<typeof import('./detail-mutations.js'), 'DetailMutations'>;
const importDetailCode = (): Promise<DetailCode> => loadValidation();
let detailCode = loadOnce(importDetailCode);

/**
 * @internal For tests: later loads use `load` (the real import when omitted), as if the detail
 * code had not loaded yet — to see the store before it arrives and when it fails.
 */
export function setDetailCodeImport(load: () => Promise<DetailCode> = importDetailCode): void {
  detailCode = loadOnce(load);
}

/** The detail store's code, once it is in. */
interface DetailParts {
  cache: DetailCache;
  mutations: DetailMutations;
}

export class DetailStore {
  /** Mutations in flight (or abandoned) per session and kind: they outlive the elements. */
  readonly intents = new PendingIntents();
  #parts: DetailParts | undefined;
  /** Sessions whose load failed because the code did not arrive (shown as an error with Retry). */
  readonly #codeFailures = new Map<string, DetailEntry>();

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly host: DetailHost,
  ) {}

  /** Starts loading the code now (a detail panel appeared), without waiting for it. */
  prefetch(): void {
    this.#loadParts().catch(() => {});
  }

  #loadParts(): Promise<DetailParts> {
    return detailCode.load().then((code) => {
      if (!this.#parts) {
        const cache = new code.DetailCache(this.adapter, this.host);
        this.#parts = { cache, mutations: new code.DetailMutations(this.adapter, this.host, this.intents, cache) };
        this.#codeFailures.clear();
      }
      return this.#parts;
    });
  }

  /** Runs `use` on the code: at once when it is in (a synchronous throw stays one), else once it arrives. */
  #use<T>(use: (parts: DetailParts) => Promise<T>): Promise<T> {
    return this.#parts ? use(this.#parts) : this.#loadParts().then(use);
  }

  /** The cached entry, if any (no request). */
  get(id: string): DetailEntry | undefined {
    return this.#parts?.cache.get(id) ?? this.#codeFailures.get(id);
  }

  /**
   * Loads (or returns the cached) detail of one session. Concurrent callers share one request,
   * which is aborted only when all of them abort; `force` replaces a request in flight.
   */
  load(id: string, options: { signal?: AbortSignal; force?: boolean } = {}): Promise<DetailEntry> {
    if (this.#parts) return this.#parts.cache.load(id, options);
    if (this.#codeFailures.delete(id)) this.host.entriesChanged(new Map(this.#codeFailures));
    return this.#loadParts().then(
      ({ cache }) => cache.load(id, options),
      (error: unknown) => {
        const entry: DetailEntry = { status: 'error', error: toSessionViewError(error), problems: [] };
        this.#codeFailures.set(id, entry);
        this.host.entriesChanged(new Map(this.#codeFailures));
        return entry;
      },
    );
  }

  /**
   * Messages and notes of many sessions, for exports: cached details first, then the host's
   * batch `getTranscripts`, and `getSession` (a few at a time) for sessions with notes or
   * when the host has no batch call. Records are validated like every other host data.
   */
  loadBatch(ids: readonly string[], signal: AbortSignal): Promise<Map<string, { messages: Message[]; notes: Note[] }>> {
    return this.#use(({ cache }) => cache.loadBatch(ids, signal));
  }

  /** Called by the store's frame flush with the live messages of this frame (nothing is cached before the code is in). */
  applyLive(appended: Map<string, Message[]>, changes: readonly LiveChange[]): void {
    this.#parts?.cache.applyLive(appended, changes);
  }

  /** Adds a note optimistically; on refusal the note disappears again and the error is thrown. */
  addNote(sessionId: string, text: string): Promise<Note> {
    return this.#use(({ mutations }) => mutations.addNote(sessionId, text));
  }

  /**
   * Re-routes a live session; the pending step shows at once and is replaced or removed. The
   * key is the caller's (the `sv-reroute-request` event announced it) or the one kept for a
   * retry of the same target.
   */
  reroute(sessionId: string, target: RoutingTarget, idempotencyKey?: string): Promise<void> {
    return this.#use(({ mutations }) => mutations.reroute(sessionId, target, idempotencyKey));
  }

  /**
   * Starts a new conversation with the client of an ended messaging session, with the approved
   * template the user chose when the channel needs one. Resolves to the new session's id; the
   * selection stays (the user reads the success and opens the new session when they choose).
   */
  contactClient(sessionId: string, templateId?: string): Promise<string> {
    return this.#use(({ mutations }) => mutations.contactClient(sessionId, templateId));
  }

  /**
   * The host's approved templates for contacting this session's client (validated: an invalid
   * one is reported and left out, the rest offered). Empty when the host lists none.
   */
  contactTemplates(sessionId: string, signal?: AbortSignal): Promise<ContactTemplate[]> {
    return this.#use(({ mutations }) => mutations.contactTemplates(sessionId, signal));
  }

  ban(sessionId: string, options: BanOptions): Promise<Ban> {
    return this.#use(({ mutations }) => mutations.ban(sessionId, options));
  }

  unban(sessionId: string): Promise<void> {
    return this.#use(({ mutations }) => mutations.unban(sessionId));
  }

  /** Operators and groups with availability; also kept live in `store.targets`. */
  loadTargets(signal?: AbortSignal): Promise<RoutingTarget[]> {
    return this.#use(({ mutations }) => mutations.loadTargets(signal));
  }

  /** A playable URL for a recording track (asked again when a signed URL expires). */
  recordingSource(recordingId: string, trackId: string, signal?: AbortSignal): Promise<RecordingSource> {
    return this.#use(({ mutations }) => mutations.recordingSource(recordingId, trackId, signal));
  }
}
