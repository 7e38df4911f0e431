export * from './session-store.js';
export { DetailStore, newIdempotencyKey, type DetailEntry, type DetailHost } from './detail-store.js';
export * from './view.js';
export * from './store-search.js';
export * from './context.js';
export * from './create-store.js';
// Elements read errors through the store: they never import the adapter layer at run time.
export { SessionViewError, toSessionViewError, type AdapterErrorKind } from '../adapter/errors.js';
export * from './pending-intents.js';
export { PENDING_ROW } from './range-constants.js';
export type { QueryPage } from './query-pages.js';
