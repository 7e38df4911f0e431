/**
 * What the store talks to: add documents, search, get highlighter. Two implementations with the
 * same interface — `WorkerSearchClient` (browser: index in a Web Worker) and
 * `InThreadSearchClient` (Node, tests, hosts without workers) — both feed documents in short
 * time slices so the calling thread is never blocked for long, and report progress.
 */
import { Analyzer } from './analyzer.js';
import { Highlighter } from './highlight.js';
import { loadDefaultLanguages, type LanguageProcessor } from './languages.js';
import type { FromSearchWorker, ToSearchWorker } from './protocol.js';
import {
  SearchCore,
  type MatchedClause,
  type SearchDocument,
  type SearchOptions,
  type SearchResult,
} from './search-core.js';
import type { SearchSnippet } from './snippet.js';
import { createDefaultSearchWorker } from './worker-source.js';

export interface SearchProgress {
  /** Documents searchable now. */
  indexed: number;
  /** Documents handed to the client so far. */
  total: number;
  /** Everything handed over is searchable. */
  complete: boolean;
}

export interface SearchClient {
  /** Queues documents for indexing; a known session id gets the texts added (live messages). */
  add(documents: readonly SearchDocument[]): void;
  remove(ids: readonly string[]): void;
  /** Searches what is indexed so far; `result.complete` says whether that is everything. */
  search(text: string, options?: SearchOptions): Promise<SearchResult>;
  /** Snippets of `ids` for a search (from the texts kept at indexing time; no download). */
  snippets(text: string, options: SearchOptions, ids: readonly string[]): Promise<Record<string, SearchSnippet>>;
  /** Builds a highlighter for a result's clauses (same language processing as the index). */
  highlighter(clauses: readonly MatchedClause[]): Promise<Highlighter>;
  readonly progress: SearchProgress;
  /** Called after each indexing slice and when indexing completes. Returns an unsubscribe function. */
  onProgress(listener: (progress: SearchProgress) => void): () => void;
  /** Resolves when everything queued so far is indexed. */
  whenIndexed(): Promise<void>;
  dispose(): void;
}

/** Main-thread time one slice of feeding may take; well under the 50 ms long-task line. */
const SLICE_MS = 12;

abstract class BaseSearchClient implements SearchClient {
  protected queue: SearchDocument[] = [];
  protected disposed = false;
  private indexed = 0;
  private total = 0;
  private listeners = new Set<(progress: SearchProgress) => void>();
  private idleWaiters: (() => void)[] = [];
  private pumping = false;
  private highlightAnalyzer: Promise<Analyzer> | undefined;

  constructor(protected readonly languages: readonly LanguageProcessor[] | undefined) {}

  get progress(): SearchProgress {
    return { indexed: this.indexed, total: this.total, complete: this.indexed >= this.total };
  }

  add(documents: readonly SearchDocument[]): void {
    if (this.disposed || !Array.isArray(documents) || documents.length === 0) return;
    for (const document of documents as readonly SearchDocument[]) this.queue.push(document);
    this.total += documents.length;
    this.pump();
  }

  abstract remove(ids: readonly string[]): void;
  abstract search(text: string, options?: SearchOptions): Promise<SearchResult>;
  abstract snippets(text: string, options: SearchOptions, ids: readonly string[]): Promise<Record<string, SearchSnippet>>;

  async highlighter(clauses: readonly MatchedClause[]): Promise<Highlighter> {
    this.highlightAnalyzer ??= (this.languages ? Promise.resolve(this.languages) : loadDefaultLanguages()).then((l) => new Analyzer(l));
    return new Highlighter(await this.highlightAnalyzer, clauses);
  }

  onProgress(listener: (progress: SearchProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  whenIndexed(): Promise<void> {
    if (this.progress.complete) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    this.disposed = true;
    this.queue = [];
    this.listeners.clear();
  }

  /** Hands one slice of the queue to the index; returns false when it cannot take documents yet. */
  protected abstract feed(deadline: number): boolean;

  protected pump(): void {
    if (this.pumping || this.disposed || this.queue.length === 0) return;
    this.pumping = true;
    setTimeout(() => {
      this.pumping = false;
      if (this.disposed) return;
      if (this.feed(performance.now() + SLICE_MS)) this.pump();
    }, 0);
  }

  protected markIndexed(count: number): void {
    this.indexed = Math.min(this.total, this.indexed + count);
    const progress = this.progress;
    for (const listener of this.listeners) listener(progress);
    if (progress.complete) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** Indexes on the calling thread, in time slices. For Node, tests, and pages without workers. */
export class InThreadSearchClient extends BaseSearchClient {
  private core: SearchCore | undefined;
  private readonly ready: Promise<SearchCore>;

  constructor(languages?: readonly LanguageProcessor[]) {
    super(languages);
    this.ready = (languages ? Promise.resolve(languages) : loadDefaultLanguages()).then((loaded) => {
      this.core = new SearchCore(loaded);
      this.pump();
      return this.core;
    });
  }

  remove(ids: readonly string[]): void {
    void this.ready.then((core) => core.remove(ids));
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchResult> {
    const core = await this.ready;
    return core.search(text, options, this.progress.complete);
  }

  async snippets(text: string, options: SearchOptions, ids: readonly string[]): Promise<Record<string, SearchSnippet>> {
    return (await this.ready).snippets(text, options, ids);
  }

  protected feed(deadline: number): boolean {
    if (!this.core) return false;
    let count = 0;
    while (this.queue.length > 0 && performance.now() < deadline) {
      const batch = this.queue.splice(0, 25);
      this.core.add(batch);
      count += batch.length;
    }
    if (count > 0) this.markIndexed(count);
    return this.queue.length > 0;
  }
}

export interface WorkerSearchClientOptions {
  /** Creates the worker; default: `createDefaultSearchWorker(workerUrl)`. */
  createWorker?: () => Worker;
  /**
   * Where the host serves `search-worker.js` (a copy of the package's `dist/search-worker.js`), for
   * pages whose CSP has `worker-src 'self'` without `blob:`. Default: `setBasePath()`'s folder, else
   * the source embedded in the drop-in bundle, else the file beside this module.
   */
  workerUrl?: string | URL;
  /** URLs of modules whose default export is a `LanguageProcessor` (a worker cannot take functions). */
  languageModules?: string[];
  /** Languages for highlighting on this thread; default Czech and English. */
  languages?: readonly LanguageProcessor[];
}

/** Indexes in a Web Worker; the main thread only slices and posts documents. */
export class WorkerSearchClient extends BaseSearchClient {
  private readonly worker: Worker | undefined;
  private ready = false;
  private nextRequest = 1;
  /** Searches in flight; `handedOver`: documents given to the client when the search was asked. */
  private readonly requests = new Map<
    number,
    { text: string; options: SearchOptions; handedOver: number; resolve: (r: SearchResult) => void; reject: (e: Error) => void }
  >();
  private readonly snippetRequests = new Map<
    number,
    { text: string; options: SearchOptions; ids: string[]; resolve: (r: Record<string, SearchSnippet>) => void; reject: (e: Error) => void }
  >();
  private failure: Error | undefined;
  /** Set when the worker could not start (blocked by CSP, script missing): indexing moves here. */
  private fallback: SearchCore | undefined;

  constructor(options: WorkerSearchClientOptions = {}) {
    super(options.languages);
    let worker: Worker | undefined;
    try {
      worker = options.createWorker ? options.createWorker() : createDefaultSearchWorker(options.workerUrl);
    } catch (error) {
      this.startFallback(error);
    }
    this.worker = worker!;
    worker?.addEventListener('message', (event: MessageEvent<FromSearchWorker>) => this.receive(event.data));
    worker?.addEventListener('error', (event) => {
      event.preventDefault?.();
      if (!this.ready) this.startFallback(event.message ?? 'worker script failed to load');
      else this.fail(new Error(`search worker failed: ${event.message ?? 'unknown error'}`));
    });
    this.send({ type: 'init', languageModules: options.languageModules });
  }

  /** True when indexing runs on this thread because the worker could not start. */
  get inThread(): boolean {
    return this.fallback !== undefined || this.fallbackStarting;
  }

  private fallbackStarting = false;

  remove(ids: readonly string[]): void {
    if (this.fallback) this.fallback.remove(ids);
    else this.send({ type: 'remove', ids: [...ids] });
  }

  search(text: string, options: SearchOptions = {}): Promise<SearchResult> {
    if (this.fallback) return Promise.resolve(this.fallback.search(text, options, this.progress.complete));
    if (this.failure) return Promise.reject(this.failure);
    const requestId = this.nextRequest++;
    const request = { text: String(text ?? ''), options: workerOptions(options) };
    return new Promise((resolve, reject) => {
      this.requests.set(requestId, { ...request, handedOver: this.progress.total, resolve, reject });
      this.send({ type: 'search', requestId, ...request });
    });
  }

  snippets(text: string, options: SearchOptions, ids: readonly string[]): Promise<Record<string, SearchSnippet>> {
    if (this.fallback) return Promise.resolve(this.fallback.snippets(text, options, ids));
    if (this.failure) return Promise.reject(this.failure);
    const requestId = this.nextRequest++;
    const request = { text: String(text ?? ''), options: workerOptions(options), ids: [...ids] };
    return new Promise((resolve, reject) => {
      this.snippetRequests.set(requestId, { ...request, resolve, reject });
      this.send({ type: 'snippets', requestId, ...request });
    });
  }

  override dispose(): void {
    super.dispose();
    this.worker?.terminate();
    this.fallback = undefined;
    this.fail(new Error('search client disposed'));
  }

  protected feed(deadline: number): boolean {
    if (this.fallback) {
      let count = 0;
      while (this.queue.length > 0 && performance.now() < deadline) {
        const batch = this.queue.splice(0, 25);
        this.fallback.add(batch);
        count += batch.length;
      }
      if (count > 0) this.markIndexed(count);
      return this.queue.length > 0;
    }
    if (!this.ready) return false;
    // Structured cloning is the main-thread cost, so batches stay small and the slice is timed.
    while (this.queue.length > 0 && performance.now() < deadline) {
      this.send({ type: 'add', documents: this.queue.splice(0, 100) });
    }
    return this.queue.length > 0;
  }

  private send(message: ToSearchWorker): void {
    if (this.worker && (!this.disposed || message.type === 'init')) this.worker.postMessage(message);
  }

  /** Keeps search working without the worker: same index, fed in time slices on this thread. */
  private startFallback(reason: unknown): void {
    if (this.fallbackStarting || this.disposed) return;
    this.fallbackStarting = true;
    console.warn(`session-view: search worker unavailable (${String(reason)}); indexing on the main thread in slices.`);
    this.worker?.terminate();
    const pendingSearches = [...this.requests.values()];
    const pendingSnippets = [...this.snippetRequests.values()];
    this.requests.clear();
    this.snippetRequests.clear();
    void (this.languages ? Promise.resolve(this.languages) : loadDefaultLanguages()).then((languages) => {
      if (this.disposed) return;
      this.fallback = new SearchCore(languages);
      this.pump();
      // Searches asked before the worker failed are answered here (from what is indexed so far).
      for (const request of pendingSearches) request.resolve(this.fallback.search(request.text, request.options, false));
      for (const request of pendingSnippets) request.resolve(this.fallback.snippets(request.text, request.options, request.ids));
    });
  }

  private receive(message: FromSearchWorker): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.pump();
        break;
      case 'indexed':
        this.markIndexed(message.count);
        break;
      case 'result': {
        const request = this.requests.get(message.requestId);
        this.requests.delete(message.requestId);
        // Complete when every document handed over before the search was indexed when the worker
        // answered: its "indexed" counts arrive before its answer. (The worker alone cannot tell:
        // documents still on their way to it, or sent after a search that overtook them, are not
        // pending there yet.)
        if (request) request.resolve({ ...message.result, complete: message.result.complete && this.progress.indexed >= request.handedOver });
        break;
      }
      case 'snippets':
        this.snippetRequests.get(message.requestId)?.resolve(message.snippets);
        this.snippetRequests.delete(message.requestId);
        break;
      case 'error':
        if (message.requestId !== undefined) {
          const request = this.requests.get(message.requestId) ?? this.snippetRequests.get(message.requestId);
          request?.reject(new Error(message.message));
          this.requests.delete(message.requestId);
          this.snippetRequests.delete(message.requestId);
        } else this.fail(new Error(message.message));
        break;
      default:
        break;
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of [...this.requests.values(), ...this.snippetRequests.values()]) request.reject(error);
    this.requests.clear();
    this.snippetRequests.clear();
  }
}

/** Only what a worker message can carry, and nothing more than the search needs. */
function workerOptions(options: SearchOptions): SearchOptions {
  const carried: SearchOptions = { fuzzy: options.fuzzy === true };
  if (options.snippetIds && options.snippetIds.length > 0) carried.snippetIds = [...options.snippetIds];
  return carried;
}

export interface CreateSearchClientOptions extends WorkerSearchClientOptions {
  /** `false` forces in-thread indexing; default: a worker when the platform has one. */
  worker?: boolean;
}

/** A worker client where workers exist, an in-thread one elsewhere (Node, tests). */
export function createSearchClient(options: CreateSearchClientOptions = {}): SearchClient {
  if (options.worker !== false && typeof Worker !== 'undefined') return new WorkerSearchClient(options);
  return new InThreadSearchClient(options.languages);
}
