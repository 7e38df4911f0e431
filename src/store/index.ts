export * from './session-store.js';
export * from './detail-store.js';
export * from './view.js';
export * from './store-search.js';
export * from './context.js';
export * from './create-store.js';
