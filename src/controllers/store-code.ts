/**
 * How an element that does not carry the store loads its code when a host hands it only
 * `.adapter` (store-factory.ts). In a module of its own, imported by those elements only: in a page
 * with the table this `import()` would make the store's code a second entry point for the host's
 * bundler, which then splits the store's graph into many small chunks.
 */
import type { SessionAdapter } from '../adapter/index.js';
import type { SessionStore } from '../store/session-store.js';

export const loadStoreCode = (): Promise<(adapter: SessionAdapter) => SessionStore> =>
  import('../store/create-store.js').then((code) => code.createSessionStore);
