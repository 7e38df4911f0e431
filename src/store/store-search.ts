/**
 * Full-text "search in content" for a client-side store. The index is built lazily — on the
 * first search or when the search box asks to `prepare()` — from transcripts fetched in
 * batches (`getTranscripts`), in a worker, so a viewer who never searches pays nothing. Results
 * arrive while indexing is still running and grow as it proceeds; live sessions and messages are
 * indexed incrementally. With `serverQuery` the host searches and this stays idle.
 */
import type { Highlighter, MatchedClause, SearchClient } from '../engine/search/index.js';
import { createSearchClient, messageSearchDocument, sessionSearchDocument } from '../engine/search/index.js';
import type { Message, SessionSummary } from '../model/index.js';
import { callAdapter } from './request.js';
import type { SessionStore } from './session-store.js';

export interface SearchState {
  /** The search text being applied ('' = none). */
  text: string;
  status: 'idle' | 'searching' | 'done' | 'error';
  /** Sessions whose content matches (before the column filters). */
  matches: number;
  /** False while the results were computed on an incomplete index: they may still grow. */
  complete: boolean;
  /** Index progress in sessions (documents handed to the index, and indexed). */
  indexed: number;
  total: number;
  clauses: MatchedClause[];
  /** Words left out as too common. */
  ignored: string[];
  /** Also match words a typo away. */
  fuzzy: boolean;
  /** False when the host gives no transcripts: only names and parameters are searched. */
  transcripts: boolean;
}

/** A row's best hit: the first matching message with its ranges, for a snippet. */
export interface SearchSnippet {
  messageId: string;
  text: string;
  ranges: { start: number; end: number }[];
}

/** What the view computer must offer for search to limit the view. */
export interface SearchableView {
  setSearchMatches?(ids: Iterable<string> | null): void;
}

const BATCH = 500;
/** While the index grows, an active search is re-run at most this often. */
const REFRESH_MS = 700;

export class StoreSearch {
  state: SearchState = {
    text: '',
    status: 'idle',
    matches: 0,
    complete: true,
    indexed: 0,
    total: 0,
    clauses: [],
    ignored: [],
    fuzzy: false,
    transcripts: true,
  };

  private client: SearchClient | undefined;
  private readonly indexed = new Set<string>();
  private feeding = false;
  private sequence = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly abort = new AbortController();
  private highlighterFor: { text: string; fuzzy: boolean; promise: Promise<Highlighter> } | undefined;
  private snippets = new Map<string, SearchSnippet | null>();
  private snippetsText = '';
  private snippetsFuzzy = false;
  private feedGeneration = 0;
  /** Sessions whose transcripts could not be loaded, retried with a growing delay. */
  private failedIds = new Set<string>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelayMs = 2000;
  private wantedSnippets = new Set<string>();
  private snippetTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: SessionStore,
    private readonly currentView: () => SearchableView,
    private readonly makeClient: () => SearchClient = () => createSearchClient(),
  ) {}

  private get view(): SearchableView {
    return this.currentView();
  }

  /** Search is done here (not by the host) and the view can be limited by it. */
  get enabled(): boolean {
    return !this.store.capabilities.serverQuery && typeof this.view.setSearchMatches === 'function';
  }

  /** Starts indexing what is loaded (the search box calls this on focus). */
  prepare(): void {
    if (!this.enabled || this.abort.signal.aborted) return;
    if (!this.client) {
      this.client = this.makeClient();
      this.client.onProgress(() => this.onIndexProgress());
    }
    void this.feed();
  }

  /** Applies a new search text; only the latest call lands. */
  async run(text: string): Promise<void> {
    const sequence = ++this.sequence;
    // A refresh while the index grows keeps the snippets already shown: only new text changes them.
    if (text !== this.snippetsText || this.state.fuzzy !== this.snippetsFuzzy) {
      this.snippets.clear();
      this.snippetsText = text;
      this.snippetsFuzzy = this.state.fuzzy;
    }
    if (!this.enabled) return;
    if (text.trim() === '') {
      this.view.setSearchMatches!(null);
      this.state = { ...this.state, text: '', status: 'idle', matches: 0, clauses: [], ignored: [] };
      this.store.invalidateView();
      return;
    }
    this.prepare();
    this.state = { ...this.state, text, status: 'searching' };
    this.store.notify();
    try {
      const result = await this.client!.search(text, { fuzzy: this.state.fuzzy });
      if (sequence !== this.sequence) return;
      this.view.setSearchMatches!(result.empty ? null : result.ids);
      this.state = {
        ...this.state,
        status: 'done',
        matches: result.empty ? 0 : result.ids.length,
        complete: result.complete && this.client!.progress.complete && !this.feeding && this.failedIds.size === 0,
        clauses: result.clauses,
        ignored: result.ignored,
      };
    } catch (error) {
      if (sequence !== this.sequence) return;
      console.warn('[session-view] Search failed:', error);
      this.state = { ...this.state, status: 'error' };
    }
    this.store.invalidateView();
  }

  setFuzzy(fuzzy: boolean): void {
    if (fuzzy === this.state.fuzzy) return;
    this.state = { ...this.state, fuzzy };
    void this.run(this.state.text);
  }

  /** Called by the store's frame flush with what live changes did. */
  onLiveChanges(appended: ReadonlyMap<string, readonly Message[]>, removed: readonly string[], added: boolean): void {
    if (!this.client) return;
    if (removed.length > 0) {
      this.client.remove(removed);
      for (const id of removed) this.indexed.delete(id);
    }
    const documents = [];
    for (const [id, messages] of appended) {
      const session = this.store.session(id);
      if (!session || !this.indexed.has(id)) continue;
      for (const message of messages) documents.push(messageSearchDocument(session, message));
    }
    if (documents.length > 0) this.client.add(documents);
    if (added) void this.feed();
    if (documents.length > 0 || removed.length > 0 || added) this.scheduleRefresh();
  }

  /**
   * Snippets for rows on screen: the first message matching the search, with its ranges.
   * Transcripts are fetched for just these rows; results are cached until the text changes.
   */
  async snippetsFor(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, SearchSnippet>> {
    const result = new Map<string, SearchSnippet>();
    const text = this.state.text;
    if (!text || this.state.clauses.length === 0) return result;
    const missing = ids.filter((id) => !this.snippets.has(id));
    if (missing.length > 0) {
      const highlighter = await this.highlighter();
      const transcripts = (await this.transcripts(missing, signal)) ?? {};
      if (text !== this.state.text) return result;
      for (const id of missing) {
        const messages = transcripts[id] ?? [];
        const byId = new Map(messages.map((m) => [m.id, m]));
        const matches = highlighter.messages(messages);
        // What the people said tells more than a system line (a queue named after the word).
        const match = matches.find((m) => byId.get(m.messageId)?.sender !== 'system') ?? matches[0];
        const message = match && byId.get(match.messageId);
        this.snippets.set(id, message ? snippetAround(message.id, message.text, match.ranges) : null);
      }
    }
    for (const id of ids) {
      const snippet = this.snippets.get(id);
      if (snippet) result.set(id, snippet);
    }
    return result;
  }

  /**
   * The cached snippet of a row, for rendering. Rows not fetched yet are collected and fetched
   * together shortly after; the store notifies when they arrive.
   */
  snippet(id: string): SearchSnippet | undefined {
    const cached = this.snippets.get(id);
    if (cached !== undefined || !this.state.text || this.state.clauses.length === 0) return cached ?? undefined;
    this.wantedSnippets.add(id);
    this.snippetTimer ??= setTimeout(() => {
      this.snippetTimer = undefined;
      const ids = [...this.wantedSnippets];
      this.wantedSnippets.clear();
      void this.snippetsFor(ids).then(() => this.store.notify());
    }, 30);
    return undefined;
  }

  /** Highlights the current search in any text (transcripts in the detail panel). */
  highlighter(): Promise<Highlighter> {
    const { text, fuzzy } = this.state;
    if (this.highlighterFor?.text !== text || this.highlighterFor.fuzzy !== fuzzy) {
      this.prepare();
      const client = this.client ?? this.makeClient();
      this.highlighterFor = { text, fuzzy, promise: client.highlighter(this.state.clauses) };
    }
    return this.highlighterFor.promise;
  }

  /**
   * Drops the index and its worker (the last element disconnected). The search text stays; the
   * next search or `prepare()` builds the index again.
   */
  suspend(): void {
    // A search in flight answers from the disposed index: drop it.
    this.sequence += 1;
    if (this.state.status === 'searching') this.state = { ...this.state, status: 'done' };
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.client?.dispose();
    this.client = undefined;
    this.indexed.clear();
    this.highlighterFor = undefined;
    this.feedGeneration += 1;
    this.feeding = false;
    this.state = { ...this.state, indexed: 0, total: 0, complete: false };
  }

  dispose(): void {
    this.abort.abort();
    clearTimeout(this.refreshTimer);
    clearTimeout(this.snippetTimer);
    clearTimeout(this.retryTimer);
    this.client?.dispose();
    this.client = undefined;
  }

  // ---- indexing --------------------------------------------------------------------------

  /** Transcripts of `ids`; `{}` when the host has none to give, `undefined` when the call failed. */
  private async transcripts(ids: readonly string[], signal?: AbortSignal): Promise<Record<string, Message[]> | undefined> {
    const adapter = this.store.adapter;
    if (!adapter.getTranscripts) return {};
    const combined = signal ? AbortSignal.any([signal, this.abort.signal]) : this.abort.signal;
    try {
      const raw = await callAdapter((s) => adapter.getTranscripts!(ids, s), { signal: combined, timeoutMs: this.store.requestTimeoutMs });
      return raw && typeof raw === 'object' ? raw : {};
    } catch (error) {
      if (!combined.aborted) console.warn('[session-view] Transcripts for search could not be loaded:', error);
      return undefined;
    }
  }

  /** Feeds every loaded, not yet indexed session to the index, batch by batch. */
  private async feed(): Promise<void> {
    if (this.feeding || !this.client) return;
    this.feeding = true;
    const generation = this.feedGeneration;
    this.state = { ...this.state, transcripts: typeof this.store.adapter.getTranscripts === 'function' };
    try {
      for (;;) {
        const batch: SessionSummary[] = [];
        for (const session of this.store.sessions.values()) {
          if (!this.indexed.has(session.id) && !this.failedIds.has(session.id)) batch.push(session);
          if (batch.length === BATCH) break;
        }
        if (batch.length === 0 || this.abort.signal.aborted) break;
        for (const session of batch) this.indexed.add(session.id);
        const transcripts = await this.transcripts(batch.map((s) => s.id));
        if (generation !== this.feedGeneration || !this.client) return;
        if (transcripts === undefined) {
          // Not indexed after all: retried later, and the results say they are incomplete.
          for (const session of batch) {
            this.indexed.delete(session.id);
            this.failedIds.add(session.id);
          }
          this.scheduleRetry();
          continue;
        }
        this.client.add(batch.map((session) => sessionSearchDocument(session, validMessages(transcripts[session.id]))));
      }
    } finally {
      if (generation === this.feedGeneration) {
        this.feeding = false;
        this.onIndexProgress();
      }
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.failedIds.clear();
      this.retryDelayMs = Math.min(this.retryDelayMs * 2, 60_000);
      void this.feed();
    }, this.retryDelayMs);
  }

  private onIndexProgress(): void {
    const progress = this.client?.progress;
    if (!progress) return;
    this.state = { ...this.state, indexed: progress.indexed, total: Math.max(progress.total, this.store.sessions.size) };
    // The shown results were computed on a smaller index: refresh them as it grows.
    if (this.state.text && !this.state.complete) this.scheduleRefresh();
    this.store.notify();
  }

  /** Re-runs the active search so results grow with the index (throttled). */
  private scheduleRefresh(): void {
    if (!this.state.text || this.refreshTimer !== undefined) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.state.text) void this.run(this.state.text);
    }, REFRESH_MS);
  }
}

const SNIPPET_BEFORE = 16;
const SNIPPET_LENGTH = 180;

/** A window of the message around its first hit: a row shows a line, not a 1 MB paste. */
function snippetAround(messageId: string, text: string, ranges: readonly { start: number; end: number }[]): SearchSnippet {
  let start = Math.max(0, (ranges[0]?.start ?? 0) - SNIPPET_BEFORE);
  // Start at a word: "…ve frontě Reklamace", not "…ontě Reklamace".
  const space = start > 0 ? text.indexOf(' ', start) : -1;
  if (space >= 0 && space < (ranges[0]?.start ?? 0)) start = space + 1;
  // Never cut a surrogate pair in half.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start -= 1;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    messageId,
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    ranges: ranges
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}

/** Host transcripts are untrusted: keep only messages with text we can index. */
function validMessages(messages: unknown): Message[] {
  if (!Array.isArray(messages)) return [];
  return messages.filter((m): m is Message => typeof m === 'object' && m !== null && typeof (m as Message).text === 'string');
}
