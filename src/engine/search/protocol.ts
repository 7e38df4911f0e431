/** Messages between a `WorkerSearchClient` and `search-worker.ts` (structured-clone safe). */
import type { SearchDocument, SearchOptions, SearchResult } from './search-core.js';

export type ToSearchWorker =
  /** Sent first. `languageModules`: URLs of modules whose default export is a `LanguageProcessor`. */
  | { type: 'init'; languageModules?: string[] }
  | { type: 'add'; documents: SearchDocument[] }
  | { type: 'remove'; ids: string[] }
  | { type: 'search'; requestId: number; text: string; options: SearchOptions };

export type FromSearchWorker =
  | { type: 'ready' }
  /** `count` documents of earlier `add` messages are now searchable. */
  | { type: 'indexed'; count: number }
  | { type: 'result'; requestId: number; result: SearchResult }
  | { type: 'error'; requestId?: number; message: string };
