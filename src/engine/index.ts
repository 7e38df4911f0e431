export * from './query/index.js';
export * from './search/index.js';
export * from './export/index.js';
export * from './redact/index.js';
