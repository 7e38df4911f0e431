/**
 * A `SearchClient` whose implementation (the worker client, minisearch, the stemmers) is loaded
 * by `import()` on first use, so a page that never searches never downloads it — a host that
 * imports only `<recording-player>` or `<routing-panel>` does not pay for search.
 * Calls made before the module arrives are queued in order and replayed.
 */
import type { Highlighter } from '../engine/search/highlight.js';
import type { SearchClient, SearchProgress } from '../engine/search/search-client.js';
import type { MatchedClause, SearchDocument, SearchOptions, SearchResult } from '../engine/search/search-core.js';
import type { SearchSnippet } from '../engine/search/snippet.js';

export class LazySearchClient implements SearchClient {
  private client: SearchClient | undefined;
  private readonly loaded: Promise<SearchClient>;
  private readonly listeners = new Set<(progress: SearchProgress) => void>();
  private disposed = false;
  /** Documents handed over before the module arrived (for `progress`). */
  private queued = 0;

  constructor(load: () => Promise<SearchClient> = defaultLoad) {
    this.loaded = load().then((client) => {
      if (this.disposed) client.dispose();
      else {
        this.client = client;
        client.onProgress((progress) => {
          for (const listener of this.listeners) listener(progress);
        });
      }
      return client;
    });
  }

  get progress(): SearchProgress {
    return this.client?.progress ?? { indexed: 0, total: this.queued, complete: this.queued === 0 };
  }

  add(documents: readonly SearchDocument[]): void {
    if (this.client) return this.client.add(documents);
    this.queued += documents.length;
    void this.loaded.then((client) => client.add(documents));
  }

  remove(ids: readonly string[]): void {
    if (this.client) return this.client.remove(ids);
    void this.loaded.then((client) => client.remove(ids));
  }

  async search(text: string, options?: SearchOptions): Promise<SearchResult> {
    return (await this.loaded).search(text, options);
  }

  async snippets(text: string, options: SearchOptions, ids: readonly string[]): Promise<Record<string, SearchSnippet>> {
    return (await this.loaded).snippets(text, options, ids);
  }

  async highlighter(clauses: readonly MatchedClause[]): Promise<Highlighter> {
    return (await this.loaded).highlighter(clauses);
  }

  onProgress(listener: (progress: SearchProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async whenIndexed(): Promise<void> {
    return (await this.loaded).whenIndexed();
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    this.client?.dispose();
  }
}

async function defaultLoad(): Promise<SearchClient> {
  const { createSearchClient } = await import('../engine/search/search-client.js');
  return createSearchClient();
}
