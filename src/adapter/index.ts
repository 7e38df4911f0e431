export * from './types.js';
export type * from './records.js';
export * from './errors.js';
export * from './validate.js';
export * from './capabilities.js';
export * from './conformance.js';
export * from './validate-snippets.js';
