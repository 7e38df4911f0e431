import type { SessionAdapter } from '../adapter/index.js';
import { SessionStore, type SessionStoreOptions } from './session-store.js';

/** The store `<session-view>` and standalone elements create for an adapter. */
export function createSessionStore(adapter: SessionAdapter, options: SessionStoreOptions = {}): SessionStore {
  return new SessionStore(adapter, options);
}
