/**
 * Full-text "search in content" for a client-side store: the work behind `StoreSearch`
 * (store-search.ts), which loads this module on the first search or `prepare()`, so a table
 * whose viewer never searches does not download it. The index is built lazily — on the
 * first search or when the search box asks to `prepare()` — from transcripts fetched in
 * batches, in a worker, so a viewer who never searches pays nothing. Results arrive while
 * indexing is still running and grow as it proceeds; live sessions and messages are indexed
 * incrementally. Matches and snippets are data handed to the store (`SearchHost`); the worker
 * keeps the indexed texts, so snippets never download a transcript twice.
 */
import type { SearchClient, SearchSnippet } from '../engine/search/index.js';
import { messageSearchDocument, sessionSearchDocument } from '../engine/search/documents.js';
import { LazySearchClient } from './lazy-search-client.js';
import type { Message, SessionSummary } from '../model/index.js';
import type { SearchHost, SearchState } from './store-search.js';

const BATCH = 500;
/** While the index grows, an active search is re-run at most this often. */
const REFRESH_MS = 700;
const NO_SNIPPETS: ReadonlyMap<string, SearchSnippet> = new Map();

export class ContentSearch {
  /** Snippets of the rows asked for, for the current text. */
  snippets: ReadonlyMap<string, SearchSnippet> = NO_SNIPPETS;

  private client: SearchClient | undefined;
  private readonly indexed = new Set<string>();
  /** The feed in progress, if any (resolves when every loaded session was handed to the index). */
  private feeding: Promise<void> | undefined;
  private latestRun: Promise<void> = Promise.resolve();
  private sequence = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly abort = new AbortController();
  private feedGeneration = 0;
  /** Sessions whose transcripts could not be loaded, retried with a growing delay. */
  private failedIds = new Set<string>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelayMs = 2000;
  /** The rows on screen: their snippets come with each answer. */
  private visibleIds: readonly string[] = [];
  /** The text and fuzziness of the last answer (snippets belong to it). */
  private answeredText = '';
  private answeredFuzzy = false;
  /** Ids asked of the client or answered for the current text, so each is asked once. */
  private snippetsAsked = new Set<string>();

  constructor(
    private readonly host: SearchHost,
    /** Continues from the state `StoreSearch` showed while this module loaded. */
    public state: SearchState,
    // The search client's code is loaded on the first search (a dynamic import), not with the store.
    private readonly makeClient: () => SearchClient = () => new LazySearchClient(),
  ) {}

  /** Starts indexing what is loaded (the search box calls this on focus). */
  prepare(): void {
    if (this.abort.signal.aborted) return;
    if (!this.client) {
      this.client = this.makeClient();
      this.client.onProgress(() => this.onIndexProgress());
    }
    void this.feed();
  }

  /**
   * Resolves when the latest search has answered from the whole index (or failed): a search
   * typed while the index builds answers at once from what is there, then again when it is done.
   */
  async answered(): Promise<void> {
    for (;;) {
      const run = this.latestRun;
      await run;
      const { text, complete, status } = this.state;
      if (!text || complete || status === 'error' || !this.client || this.failedIds.size > 0) return;
      await this.feeding;
      await this.client.whenIndexed();
      if (run === this.latestRun) await this.run(text);
    }
  }

  /** Applies a new search text; only the latest call lands. */
  run(text: string): Promise<void> {
    this.latestRun = this.runLatest(text);
    return this.latestRun;
  }

  private async runLatest(text: string): Promise<void> {
    const sequence = ++this.sequence;
    if (text.trim() === '') {
      this.snippetsAsked = new Set();
      this.answeredText = '';
      this.setState({ ...this.state, text: '', status: 'idle', matches: 0, clauses: [], ignored: [], noSearchableWords: false }, NO_SNIPPETS);
      this.host.matchesChanged('', null);
      return;
    }
    this.prepare();
    const fuzzy = this.state.fuzzy;
    const sameText = text === this.answeredText && fuzzy === this.answeredFuzzy;
    // A refresh while the index grows keeps showing the results it refines.
    if (!sameText || this.state.status !== 'done') this.setState({ ...this.state, text, status: 'searching' });
    try {
      const result = await this.client!.search(text, { fuzzy, snippetIds: this.visibleIds });
      if (sequence !== this.sequence) return;
      // The rows on screen got their snippets with the answer; others are asked for when shown.
      const snippets = new Map(sameText ? this.snippets : NO_SNIPPETS);
      for (const [id, snippet] of Object.entries(result.snippets)) snippets.set(id, snippet);
      this.answeredText = text;
      this.answeredFuzzy = fuzzy;
      this.snippetsAsked = new Set([...(sameText ? this.snippetsAsked : []), ...this.visibleIds]);
      this.setState(
        {
          ...this.state,
          status: 'done',
          matches: result.empty ? 0 : result.ids.length,
          complete: result.complete && this.client!.progress.complete && this.feeding === undefined && this.failedIds.size === 0,
          clauses: result.clauses,
          ignored: result.ignored,
          noSearchableWords: result.empty,
        },
        snippets,
      );
      this.host.matchesChanged(text, result.empty ? null : new Set(result.ids));
    } catch (error) {
      if (sequence !== this.sequence) return;
      console.warn('[session-view] Search failed:', error);
      this.setState({ ...this.state, status: 'error' });
    }
  }

  setFuzzy(fuzzy: boolean): void {
    if (fuzzy === this.state.fuzzy) return;
    this.state = { ...this.state, fuzzy };
    void this.run(this.state.text);
  }

  /**
   * The rows now on screen (the table calls this as it scrolls): their snippets come with the
   * next answer, and those not known yet are asked for now.
   */
  showRows(ids: readonly string[]): void {
    this.visibleIds = ids;
    const { text, fuzzy, status } = this.state;
    if (!this.client || !text || status !== 'done' || this.state.clauses.length === 0) return;
    const missing = ids.filter((id) => !this.snippetsAsked.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.snippetsAsked.add(id);
    const sequence = this.sequence;
    this.client.snippets(text, { fuzzy }, missing).then(
      (found) => {
        if (sequence !== this.sequence || Object.keys(found).length === 0) return;
        const snippets = new Map(this.snippets);
        for (const [id, snippet] of Object.entries(found)) snippets.set(id, snippet);
        this.setState(this.state, snippets);
      },
      (error: unknown) => {
        // A store that stopped (disposed index) asked nothing anyone still waits for.
        if (sequence === this.sequence) console.warn('[session-view] Snippets failed:', error);
      },
    );
  }

  /** Called by the store's frame flush with what live changes did. */
  onLiveChanges(appended: ReadonlyMap<string, readonly Message[]>, removed: readonly string[], added: boolean): void {
    if (!this.client) return;
    if (removed.length > 0) {
      this.client.remove(removed);
      for (const id of removed) this.indexed.delete(id);
    }
    const documents = [];
    const sessions = this.host.sessions();
    for (const [id, messages] of appended) {
      const session = sessions.get(id);
      if (!session || !this.indexed.has(id)) continue;
      for (const message of messages) documents.push(messageSearchDocument(session, message));
      // Its snippet may now be a better one.
      this.snippetsAsked.delete(id);
    }
    if (documents.length > 0) this.client.add(documents);
    if (added) void this.feed();
    if (documents.length > 0 || removed.length > 0 || added) this.scheduleRefresh();
  }

  /**
   * Drops the index and its worker (the last element disconnected). The search text stays; the
   * next search or `prepare()` builds the index again.
   */
  suspend(): void {
    // A search in flight answers from the disposed index: drop it.
    this.sequence += 1;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.client?.dispose();
    this.client = undefined;
    this.indexed.clear();
    this.feedGeneration += 1;
    this.feeding = undefined;
    this.snippetsAsked = new Set();
    const status = this.state.status === 'searching' ? 'done' : this.state.status;
    this.setState({ ...this.state, status, indexed: 0, total: 0, complete: false });
  }

  dispose(): void {
    this.abort.abort();
    clearTimeout(this.refreshTimer);
    clearTimeout(this.retryTimer);
    this.client?.dispose();
    this.client = undefined;
  }

  private setState(state: SearchState, snippets: ReadonlyMap<string, SearchSnippet> = this.snippets): void {
    if (state === this.state && snippets === this.snippets) return;
    this.state = state;
    this.snippets = snippets;
    this.host.stateChanged(state, snippets);
  }

  // ---- indexing --------------------------------------------------------------------------

  /** Feeds every loaded, not yet indexed session to the index, batch by batch. */
  private feed(): Promise<void> {
    if (!this.client) return Promise.resolve();
    if (this.feeding) return this.feeding;
    const feeding = this.feedAll().finally(() => {
      if (this.feeding !== feeding) return;
      this.feeding = undefined;
      this.onIndexProgress();
    });
    this.feeding = feeding;
    return feeding;
  }

  private async feedAll(): Promise<void> {
    const generation = this.feedGeneration;
    if (this.state.transcripts !== this.host.hasTranscripts) this.setState({ ...this.state, transcripts: this.host.hasTranscripts });
    try {
      for (;;) {
        const batch: SessionSummary[] = [];
        for (const session of this.host.sessions().values()) {
          if (!this.indexed.has(session.id) && !this.failedIds.has(session.id)) batch.push(session);
          if (batch.length === BATCH) break;
        }
        if (batch.length === 0 || this.abort.signal.aborted) break;
        for (const session of batch) this.indexed.add(session.id);
        const transcripts = await this.host.transcripts(
          batch.map((s) => s.id),
          this.abort.signal,
        );
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
    } catch (error) {
      console.warn('[session-view] Indexing failed:', error);
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
    const total = Math.max(progress.total, this.host.sessions().size);
    if (progress.indexed !== this.state.indexed || total !== this.state.total) {
      this.setState({ ...this.state, indexed: progress.indexed, total });
    }
    // The shown results were computed on a smaller index: refresh them as it grows.
    if (this.state.text && !this.state.complete) this.scheduleRefresh();
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

/** Host transcripts are untrusted: keep only messages with text we can index. */
function validMessages(messages: unknown): Message[] {
  if (!Array.isArray(messages)) return [];
  return messages.filter((m): m is Message => typeof m === 'object' && m !== null && typeof (m as Message).text === 'string');
}
