export * from './query/index.js';
export * from './search/index.js';
