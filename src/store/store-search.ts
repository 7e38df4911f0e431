/**
 * `store.search`: full-text "search in content" for a client-side store. What the table reads
 * (`state`, `snippets`) is here and synchronous; the work — index feeding, running searches,
 * snippets, live updates (content-search.ts) — is loaded with `import()` on the first search
 * or `prepare()`, so a table whose viewer never searches does not download it. Until it
 * arrives a search shows 'searching' at once (as it always did), and a failed load shows
 * 'error'; the next search tries the load again.
 */
import type { MatchedClause, SearchClient, SearchSnippet } from '../engine/search/index.js';
import type { SessionSummary } from '../model/index.js';
import { loadOnce } from '../engine/load-once.js';
import type { ContentSearch } from './content-search.js';

export type { SearchSnippet };

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
  /** The text had only such words: nothing was searched, the filters alone choose the rows. */
  noSearchableWords: boolean;
  /** Also match words a typo away. */
  fuzzy: boolean;
  /** False when the host gives no transcripts: only names and parameters are searched. */
  transcripts: boolean;
}

export const INITIAL_SEARCH_STATE: SearchState = Object.freeze({
  text: '',
  status: 'idle',
  matches: 0,
  complete: true,
  indexed: 0,
  total: 0,
  clauses: [],
  ignored: [],
  noSearchableWords: false,
  fuzzy: false,
  transcripts: true,
});

/** What the search needs of its store: data in, results out. Nothing more. */
export interface SearchHost {
  /** The sessions to index. */
  sessions(): ReadonlyMap<string, SessionSummary>;
  /** Transcripts of `ids` from the host; `{}` when it has none to give, `undefined` when the call failed. */
  transcripts(ids: readonly string[], signal?: AbortSignal): Promise<Record<string, unknown> | undefined>;
  /** The host can give transcripts at all. */
  readonly hasTranscripts: boolean;
  /** A search answered: the view is computed from these matches (`null`: nothing to limit by). */
  matchesChanged(text: string, matches: ReadonlySet<string> | null): void;
  /** The search state or the snippets changed. */
  stateChanged(state: SearchState, snippets: ReadonlyMap<string, SearchSnippet>): void;
}

/** The search's code, loaded on first use (tests pass a failing one). */
export type ContentSearchLoader = () => Promise<typeof import('./content-search.js')>;

const NO_SNIPPETS: ReadonlyMap<string, SearchSnippet> = new Map();

export class StoreSearch {
  #search: ContentSearch | undefined;
  /** The search's code, loaded once (again after a failure); the search continues from `state`. */
  readonly #code = loadOnce(() =>
    this.load().then(({ ContentSearch }) => {
      const search = new ContentSearch(this.host, this.#state, this.makeClient);
      if (this.#disposed) search.dispose();
      search.showRows(this.#visibleIds);
      this.#search = search;
      return search;
    }),
  );
  /** The state shown until the search's code has loaded (then it owns the state). */
  #state: SearchState = INITIAL_SEARCH_STATE;
  /** The latest text asked for while the code loads: only it is run when the code arrives. */
  #waiting: string | undefined;
  #latestRun: Promise<void> = Promise.resolve();
  #visibleIds: readonly string[] = [];
  #disposed = false;

  constructor(
    private readonly host: SearchHost,
    private readonly makeClient?: () => SearchClient,
    private readonly load: ContentSearchLoader = () => import('./content-search.js'),
  ) {}

  get state(): SearchState {
    return this.#search?.state ?? this.#state;
  }

  /** Snippets of the rows asked for, for the current text. */
  get snippets(): ReadonlyMap<string, SearchSnippet> {
    return this.#search?.snippets ?? NO_SNIPPETS;
  }

  /** Starts indexing what is loaded (the search box calls this on focus). */
  prepare(): void {
    if (this.#search) return this.#search.prepare();
    if (this.#disposed) return;
    this.#code.load().then(
      (search) => search.prepare(),
      () => {}, // A search will say so (and try again).
    );
  }

  /**
   * Resolves when the latest search has answered from the whole index (or failed): a search
   * typed while the index builds answers at once from what is there, then again when it is done.
   */
  async answered(): Promise<void> {
    await this.#latestRun;
    await this.#search?.answered();
  }

  /** Applies a new search text; only the latest call lands. */
  run(text: string): Promise<void> {
    if (this.#search) return (this.#latestRun = this.#search.run(text));
    if (text.trim() === '') {
      // Nothing was searched yet (the code never came), or only a search still waiting for it.
      this.#waiting = undefined;
      if (this.#state.text !== '') this.#setState({ ...this.#state, text: '', status: 'idle' });
      this.host.matchesChanged('', null);
      return this.#latestRun;
    }
    this.#waiting = text;
    this.#setState({ ...this.#state, text, status: 'searching' });
    this.#latestRun = this.#code.load().then(
      (search) => {
        const waiting = this.#waiting;
        this.#waiting = undefined;
        if (waiting !== undefined) return search.run(waiting);
      },
      (error: unknown) => {
        if (this.#waiting !== text) return;
        this.#waiting = undefined;
        console.warn('[session-view] Search could not be loaded:', error);
        this.#setState({ ...this.#state, status: 'error' });
      },
    );
    return this.#latestRun;
  }

  setFuzzy(fuzzy: boolean): void {
    if (this.#search) return this.#search.setFuzzy(fuzzy);
    if (fuzzy === this.#state.fuzzy) return;
    this.#state = { ...this.#state, fuzzy };
    void this.run(this.#state.text);
  }

  /**
   * The rows now on screen (the table calls this as it scrolls): their snippets come with the
   * next answer, and those not known yet are asked for now.
   */
  showRows(ids: readonly string[]): void {
    this.#visibleIds = ids;
    this.#search?.showRows(ids);
  }

  /** Called by the store's frame flush with what live changes did (nothing to index before a search). */
  onLiveChanges(...changes: Parameters<ContentSearch['onLiveChanges']>): void {
    this.#search?.onLiveChanges(...changes);
  }

  /**
   * Drops the index and its worker (the last element disconnected). The search text stays; the
   * next search or `prepare()` builds the index again.
   */
  suspend(): void {
    if (this.#search) return this.#search.suspend();
    // A search still waiting for the code is dropped, as one in flight is; reconnecting runs it again.
    this.#waiting = undefined;
    if (this.#state.status === 'searching') this.#setState({ ...this.#state, status: 'done', complete: false });
  }

  dispose(): void {
    this.#disposed = true;
    this.#search?.dispose();
  }

  #setState(state: SearchState): void {
    this.#state = state;
    this.host.stateChanged(state, NO_SNIPPETS);
  }
}
