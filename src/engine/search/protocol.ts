/** Messages between a `WorkerSearchClient` and `search-worker.ts` (structured-clone safe). */
import type { SearchDocument, SearchOptions, SearchResult } from './search-core.js';
import type { SearchSnippet } from './snippet.js';

export type ToSearchWorker =
  /** Sent first. `languageModules`: URLs of modules whose default export is a `LanguageProcessor`. */
  | { type: 'init'; languageModules?: string[] }
  | { type: 'add'; documents: SearchDocument[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'search'; requestId: number; text: string; options: SearchOptions }
  /** Snippets of sessions that came on screen after their search answered. */
  | { type: 'snippets'; requestId: number; text: string; options: SearchOptions; ids: string[] };

export type FromSearchWorker =
  | { type: 'ready' }
  /** `count` documents of earlier `add` messages are now searchable. */
  | { type: 'indexed'; count: number }
  | { type: 'result'; requestId: number; result: SearchResult }
  | { type: 'snippets'; requestId: number; snippets: Record<string, SearchSnippet> }
  | { type: 'error'; requestId?: number; message: string };
